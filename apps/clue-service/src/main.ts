import 'reflect-metadata';
import { bootstrapService } from '@xuncha/platform-nest';
import { clueService } from './clue.service';

void bootstrapService(clueService);
