import 'reflect-metadata';
import { bootstrapService } from '@xuncha/platform-nest';
import { inspectionService } from './inspection.service';

void bootstrapService(inspectionService);
