import 'reflect-metadata';
import { bootstrapService } from '@xuncha/platform-nest';
import { rectificationService } from './rectification.service';

void bootstrapService(rectificationService);
