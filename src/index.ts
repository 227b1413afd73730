/** The Forge entry points named in manifest.yml, grouped by module kind. Nothing else lives here. */

// trigger: jira-events, confluence-events
export { onJiraEvent } from './handlers/jira-trigger';
export { onConfluenceEvent } from './handlers/confluence-trigger';

// consumer: scan-consumer
export { onScanJob } from './handlers/scan-consumer';

// function: resolver (jira:adminPage and confluence:globalSettings)
export { resolver as handler } from './handlers/admin-resolver';
