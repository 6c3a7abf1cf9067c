import type { Type } from '@nestjs/common';
import { ArgsType, Directive, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsBase64, IsInt, IsOptional, Max, Min } from 'class-validator';
import { badUserInput } from './errors';

/** Shared by every subgraph's connections, hence shareable. */
@ObjectType()
@Directive('@shareable')
class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount?: number;
}

/** Relay connection type for `ItemType`, e.g. `ReferralConnection { edges { node cursor } pageInfo }`. */
export function ConnectionType<T>(itemType: Type<T>, name: string): Type<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor: string;

    @Field(() => itemType)
    node: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    @Field(() => [EdgeType])
    edges: Edge<T>[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;
  }
  return ConnectionClass;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsBase64()
  after?: string;
}

/** Keyset cursor over (created_at, id): stable under concurrent inserts, no OFFSET scans. */
interface KeysetCursor {
  at: string;
  id: string;
}

function encodeCursor(cursor: KeysetCursor): string {
  return Buffer.from(JSON.stringify([cursor.at, cursor.id])).toString('base64');
}

export function decodeCursor(value: string | undefined): KeysetCursor | undefined {
  if (!value) return undefined;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[0] === 'string' && typeof parsed[1] === 'string') {
      return { at: parsed[0], id: parsed[1] };
    }
  } catch {
    // fall through to the input error below
  }
  throw badUserInput(['after'], 'Invalid cursor');
}

/** Builds a connection from `first + 1` rows fetched in keyset order. */
export function toConnection<T>(rows: T[], first: number, cursorOf: (row: T) => KeysetCursor): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ node, cursor: encodeCursor(cursorOf(node)) }));
  return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}
