/** The phi-guard admin page: six tabs over one policy state. A non-administrator sees only the refusal. */
import { Box, Heading, SectionMessage, Stack, Tab, TabList, TabPanel, Tabs, Text } from '@forge/react';
import type React from 'react';
import { DetectorsTab } from './DetectorsTab';
import { HistoryTab } from './HistoryTab';
import { OverviewTab } from './OverviewTab';
import { PolicyTab } from './PolicyTab';
import { RecordsTab } from './RecordsTab';
import { SampleTab } from './SampleTab';
import { usePolicy } from './use-policy';

/** Room between the tab bar and a tab's content. */
const Panel = ({ children }: { readonly children: React.ReactNode }) => <Box paddingBlockStart="space.200">{children}</Box>;

export function App() {
  const policy = usePolicy();
  if (policy.error?.code === 'FORBIDDEN') {
    return (
      <SectionMessage appearance="error" title="Administrators only">
        <Text>{policy.error.message} Ask your Jira or Confluence administrator for access.</Text>
      </SectionMessage>
    );
  }
  const revision = policy.view?.revision;
  return (
    <Stack space="space.200">
      <Heading size="large">PHI Guard</Heading>
      <Tabs id="phi-guard-admin">
        <TabList>
          <Tab>Overview</Tab>
          <Tab>Policy</Tab>
          <Tab>Custom detectors and allowlist</Tab>
          <Tab>Sample tester</Tab>
          <Tab>Records</Tab>
          <Tab>Policy history</Tab>
        </TabList>
        <TabPanel><Panel><OverviewTab revision={revision} /></Panel></TabPanel>
        <TabPanel><Panel><PolicyTab state={policy} /></Panel></TabPanel>
        <TabPanel><Panel><DetectorsTab state={policy} /></Panel></TabPanel>
        <TabPanel><Panel><SampleTab state={policy} /></Panel></TabPanel>
        <TabPanel><Panel><RecordsTab revision={revision} /></Panel></TabPanel>
        <TabPanel><Panel><HistoryTab state={policy} /></Panel></TabPanel>
      </Tabs>
    </Stack>
  );
}
