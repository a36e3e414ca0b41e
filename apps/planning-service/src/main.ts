import 'reflect-metadata';
import { bootstrapService } from '@xuncha/platform-nest';
import { planningService } from './planning.service';

void bootstrapService(planningService);
