// Azure resources for the Signaalkaart (atk provision, see m365agents.yml): an App Service on Linux with Node 24
// that runs the server as `npm start` would, and, only when a bot is registered (BOT_ID), the Azure Bot that
// lets Teams, Outlook and Microsoft 365 Copilot reach the message extension on /api/messages.
// No Bicep compiler could be had on the machine this was written on: keep it small and check it with
// `az bicep build --file infra/azure.bicep` before the first provision.

@minLength(3)
@maxLength(40)
@description('Name of the App Service plan and web app; the web app is https://<name>.azurewebsites.net')
param resourceBaseName string

param location string = resourceGroup().location

@description('App Service plan: B1 or larger (Always On needs a paid plan)')
param webAppSku string = 'B1'

@minValue(1)
@description('Instances of the server: they keep no state, so any number works without sticky sessions')
param instanceCount int = 2

@description('DEFAULT_GEMEENTE and DEFAULT_AF of the server: the personal tab, which has no configuration page')
param defaultGemeente string = ''
param defaultAf string = ''

@description('The bot registration (Microsoft Entra app id); empty: tab only, no Azure Bot')
param botId string = ''
@secure()
param botClientSecret string = ''
@description('Tenant of a single-tenant bot registration; empty: this deployment\'s tenant')
param botTenantId string = ''

var hostName = '${resourceBaseName}.azurewebsites.net'
var endpoint = 'https://${hostName}'
var tenantId = empty(botTenantId) ? tenant().tenantId : botTenantId
var serverSettings = [
  { name: 'NODE_ENV', value: 'production' }
  { name: 'TAB_ENDPOINT', value: endpoint }
  { name: 'DEFAULT_GEMEENTE', value: defaultGemeente }
  { name: 'DEFAULT_AF', value: defaultAf }
  // The deployed zip holds dist/ and the production dependencies, built by `atk deploy`: nothing to build here,
  // and it runs read-only from the package.
  { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'false' }
  { name: 'WEBSITE_RUN_FROM_PACKAGE', value: '1' }
]
var botSettings = empty(botId)
  ? []
  : [
      { name: 'BOT_ID', value: botId }
      { name: 'CLIENT_SECRET', value: botClientSecret }
      { name: 'TENANT_ID', value: tenantId }
    ]

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: resourceBaseName
  location: location
  kind: 'linux'
  sku: {
    name: webAppSku
    capacity: instanceCount
  }
  properties: {
    reserved: true // Linux
  }
}

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: resourceBaseName
  location: location
  kind: 'app,linux'
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false // no sticky sessions
    siteConfig: {
      linuxFxVersion: 'NODE|24-lts'
      appCommandLine: 'node dist/server/main.js'
      alwaysOn: true
      healthCheckPath: '/healthz'
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      appSettings: concat(serverSettings, botSettings)
    }
  }
}

// The message extension's bot, only with a bot registration. Teams needs the Teams channel; Outlook and
// Microsoft 365 Copilot need the Microsoft 365 channel (M365Extensions).
resource bot 'Microsoft.BotService/botServices@2022-09-15' = if (!empty(botId)) {
  name: resourceBaseName
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: 'F0'
  }
  properties: {
    displayName: 'Signaalkaart'
    endpoint: '${endpoint}/api/messages'
    msaAppId: botId
    msaAppType: 'SingleTenant'
    msaAppTenantId: tenantId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = if (!empty(botId)) {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
  }
}

resource microsoft365Channel 'Microsoft.BotService/botServices/channels@2022-09-15' = if (!empty(botId)) {
  parent: bot
  name: 'M365Extensions'
  location: 'global'
  properties: {
    channelName: 'M365Extensions'
  }
}

// Written to env/.env.<name> by the toolkit: the package step and the deploy step read them.
output TAB_ENDPOINT string = endpoint
output AZURE_APP_SERVICE_RESOURCE_ID string = site.id
