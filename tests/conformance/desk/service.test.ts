import { startServiceDeskTarget } from '../targets/service';
import { defineDeskConformanceSuite } from './suite';

defineDeskConformanceSuite('the support service on its embedded database', startServiceDeskTarget);
