import { defineConformanceSuite } from './suite';
import { startServiceTarget } from './targets/service';

defineConformanceSuite('the support service on its embedded database', startServiceTarget);
