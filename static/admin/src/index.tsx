/** The admin page's entry (manifest resource admin-page): UI Kit renders it in Jira's and Confluence's host. */
import ForgeReconciler from '@forge/react';
import { App } from './App';

ForgeReconciler.render(<App />);
