import { Controller, Get, Param, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentPrincipal, InternalRestErrorFilter, type Principal, Roles } from '@nrm/auth';
import { assertUuid } from '@nrm/graphql';
import { STATISTICS_ROLES } from '../snapshots/statistics-snapshot.resolver';
import { StatisticsExportService } from './statistics-export.service';

/** The route of a built export, on this service and on the gateway's origin (which forwards it with the caller's token). */
export const STATISTICS_EXPORTS_ROUTE = 'statistics/exports';

/**
 * `GET /statistics/exports/:id`: the file, to the one who asked for it (bearer token, same roles as the request).
 * Anyone else's export, or an expired one, is 404; one still being built is 409. Errors are `{ code }` JSON.
 */
@Controller(STATISTICS_EXPORTS_ROUTE)
@UseFilters(InternalRestErrorFilter)
export class StatisticsExportController {
  constructor(private readonly exports: StatisticsExportService) {}

  @Get(':id')
  @Roles(...STATISTICS_ROLES)
  async download(@Param('id') id: string, @CurrentPrincipal() principal: Principal, @Res() response: Response): Promise<void> {
    const file = await this.exports.file(assertUuid(id, 'id').toLowerCase(), principal);
    response
      .status(200)
      .set({
        'content-type': file.contentType,
        'content-disposition': `attachment; filename="${file.fileName}"`,
        'content-length': String(file.content.length),
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      })
      .end(file.content);
  }
}
