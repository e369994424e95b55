import { startMocksDeskTarget } from '../targets/mocks';
import { defineDeskConformanceSuite } from './suite';

defineDeskConformanceSuite('the mocks over HTTP (startContractServer)', startMocksDeskTarget);
