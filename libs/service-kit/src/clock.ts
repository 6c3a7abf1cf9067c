import { Injectable } from '@nestjs/common';

/**
 * The time as the platform's domain code sees it. Services never read the system time directly: they inject `Clock`
 * (ServiceKitModule provides the system clock), so a test can set the time and run a deadline or a working-day rule
 * in seconds. SQL `now()`, BullMQ delays and spawned processes do not follow it; their durations come from
 * configuration instead (docs/architecture.md, "The clock").
 */
export abstract class Clock {
  abstract now(): Date;
}

/** The machine's time. */
@Injectable()
export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/** A clock a test sets and moves: `new SettableClock(new Date('2026-01-05T09:00:00Z')).advance(3_600_000)`. */
export class SettableClock extends Clock {
  private current: number;

  constructor(start: Date = new Date(0)) {
    super();
    this.current = start.getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  set(at: Date): this {
    this.current = at.getTime();
    return this;
  }

  advance(milliseconds: number): this {
    this.current += milliseconds;
    return this;
  }
}
