/**
 * A person's name for display: the same reading as alerts use (the directory's display name, else
 * the address's local part read as a name), so the dashboard and the alerts name people alike.
 */
export { personName } from '../../../core/alerts';
