import { serviceLiveTargets } from '../targets/service';
import { defineLiveConformanceSuite } from './suite';

defineLiveConformanceSuite('the support service on its embedded database', serviceLiveTargets);
