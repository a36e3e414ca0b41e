import 'reflect-metadata';
import { bootstrapService } from '@xuncha/platform-nest';
import { queryService } from './query.service';

void bootstrapService(queryService);
