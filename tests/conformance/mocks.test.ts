import { defineConformanceSuite } from './suite';
import { startMocksTarget } from './targets/mocks';

defineConformanceSuite('the MSW mocks over HTTP', startMocksTarget);
