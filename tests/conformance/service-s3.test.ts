import { defineConformanceSuite } from './suite';
import { startServiceOnS3Target } from './targets/service';

defineConformanceSuite('the support service with its attachments in an S3 bucket', startServiceOnS3Target);
