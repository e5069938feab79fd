/**
 * Monitoring a small centre: the homeless man's assistant's agenda on two dates, the social worker's
 * agenda, the policy warnings, and a closing report — all from case states, in Polish.
 */
import { monitoringSection } from './scenarios/monitoringSection.js';
import { pl } from './scenarios/say.js';

pl(monitoringSection().join('\n'));
