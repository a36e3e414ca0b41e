import { Injectable } from '@nestjs/common';

/** The time the overdue check runs at; tests move it forward instead of waiting months. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
