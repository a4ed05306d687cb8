// The Teams test host, running in the browser at https://teams.microsoft.com/host (mapped to loopback).
// It frames the app like Teams does and answers teams-js 2.x over postMessage with the message shapes
// of teams-js's own sources (internal/communication.js, internal/appHelpers.js, public/*):
//   request  (app -> host): { id, uuidAsString, func, args, apiVersionTag, timestamp, ... }
//   response (host -> app): { id, uuidAsString, args }          (teams-js matches on uuidAsString)
//   event    (host -> app): { func, args }                      (no numeric id: "themeChange", "settings.save")
// Every message the app sends is recorded in window.__calls for the test to read.
(() => {
  'use strict';

  // HostConfig in ./config.ts.
  const config = JSON.parse(decodeURIComponent(location.hash.slice(1)));
  const appOrigin = new URL(config.src).origin;
  const state = {
    theme: config.theme,
    settings: config.settings || null,
    validity: null,
    saves: 0,
  };
  const calls = [];

  // Requests that are one-way in teams-js: answering them would only produce "no callback" noise.
  const ONE_WAY = new Set([
    'appInitialization.appLoaded',
    'appInitialization.success',
    'appInitialization.failure',
    'appInitialization.expectedFailure',
    'registerHandler',
    'settings.setValidityState',
    'settings.save.success',
    'settings.save.failure',
    'settings.remove.success',
    'settings.remove.failure',
    'tasks.completeTask',
    'setFrameContext',
    'readyToUnload',
    'returnFocus',
    'shareDeepLink',
  ]);

  function context() {
    // The legacy (wire) shape of the context that teams-js maps into app.Context. No real person in it.
    const base = {
      locale: config.locale,
      theme: state.theme,
      hostName: config.hostName || 'Teams',
      hostClientType: config.hostClientType,
      frameContext: config.frameContext,
      appSessionId: '4b1c2a7e-0d1f-4a52-9d9e-3c1a2b3c4d5e',
      sessionId: 'b7a1f6c2-3e4d-4b5a-8c9d-0e1f2a3b4c5d',
      ringId: 'general',
      entityId: 'signaalkaart',
      isFullScreen: false,
      userLicenseType: 'Unknown',
      tid: '00000000-0000-4000-8000-000000000001',
      tenantSKU: 'enterprise',
      userObjectId: '00000000-0000-4000-8000-000000000002',
      loginHint: 'baliemedewerker@gemeente.example',
      userPrincipalName: 'baliemedewerker@gemeente.example',
      userDisplayName: 'Test Baliemedewerker',
      appLaunchId: '00000000-0000-4000-8000-000000000003',
    };
    if (config.frameContext !== 'task') {
      Object.assign(base, {
        channelId: '19:0f3b1c2d4e5f60718293a4b5c6d7e8f9@thread.tacv2',
        channelName: 'Balie',
        channelType: 'Regular',
        channelRelativeUrl: '/sites/Burgerzaken/Gedeelde documenten/Balie',
        teamId: '19:a1b2c3d4e5f60718293a4b5c6d7e8f90@thread.tacv2',
        teamName: 'Burgerzaken',
        teamType: 0,
        groupId: '00000000-0000-4000-8000-000000000004',
        userTeamRole: 1,
        teamSiteUrl: 'https://gemeente.sharepoint.example/sites/Burgerzaken',
      });
    }
    if (config.frameContext === 'task') base.dialogParameters = {};
    return Object.assign(base, config.context || {});
  }

  function runtimeConfig() {
    return JSON.stringify({
      apiVersion: 4,
      isLegacyTeams: false,
      hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
      supports: config.supports,
    });
  }

  function answer(func, args) {
    switch (func) {
      case 'initialize':
        // [frameContext, hostClientType, runtime config (JSON string), client-supported SDK version]
        return [config.frameContext, config.hostClientType, runtimeConfig(), '2.0.1'];
      case 'getContext':
        return [context()];
      case 'chat.openChat':
      case 'executeDeepLink':
        return [true];
      case 'settings.setSettings':
        state.settings = args[0];
        return [true];
      case 'settings.getSettings':
        return [state.settings || {}];
      case 'sharing.shareWebContent':
        return [null];
      case 'people.selectPeople':
        return [null, config.people || []];
      case 'getHostFeatures':
        return [{}];
      default:
        return undefined;
    }
  }

  // Teams fills in the placeholders of a tab URL (contentUrl, configurationUrl) from the context before it frames the
  // page: {app.theme}, {app.locale}, {page.id} and the older spellings {theme}, {locale}, {entityId}. A host that
  // knows only one spelling leaves the other as it is (config.placeholders: 'both', 'current', 'legacy', 'none').
  function substitutePlaceholders(url) {
    const spellings = config.placeholders || 'both';
    const values = {};
    if (spellings === 'both' || spellings === 'current')
      Object.assign(values, {
        'app.theme': state.theme,
        'app.locale': config.locale,
        'page.id': 'signaalkaart',
      });
    if (spellings === 'both' || spellings === 'legacy')
      Object.assign(values, { theme: state.theme, locale: config.locale, entityId: 'signaalkaart' });
    return url.replace(/\{([A-Za-z.]+)\}/g, (placeholder, name) =>
      Object.prototype.hasOwnProperty.call(values, name) ? encodeURIComponent(values[name]) : placeholder,
    );
  }

  const frame = document.createElement('iframe');
  frame.title = config.frameTitle;
  frame.src = substitutePlaceholders(config.src);
  frame.setAttribute('allow', 'clipboard-write');
  document.getElementById('app').append(frame);

  window.addEventListener('message', (event) => {
    if (event.source !== frame.contentWindow) return;
    const message = event.data;
    if (!message || typeof message !== 'object' || typeof message.func !== 'string') return;
    const call = {
      func: message.func,
      args: message.args || [],
      apiVersionTag: message.apiVersionTag,
      origin: event.origin,
      at: Math.round(performance.now()),
      answered: false,
    };
    calls.push(call);
    if (config.silent || event.origin !== appOrigin) return;
    if (message.func === 'settings.setValidityState') state.validity = message.args && message.args[0];
    if (ONE_WAY.has(message.func)) return;
    let args = answer(message.func, call.args);
    if (args === undefined) {
      call.unhandled = true;
      args = [false, `The test host does not implement ${message.func}`];
    }
    call.answered = true;
    event.source.postMessage({ id: message.id, uuidAsString: message.uuidAsString, args }, event.origin);
  });

  window.__calls = calls;
  window.__host = {
    config,
    state,
    /** Sends a host event (no id), e.g. sendEvent('themeChange', ['dark']). */
    sendEvent(func, args) {
      if (func === 'themeChange') state.theme = args[0];
      frame.contentWindow.postMessage({ func, args }, appOrigin);
    },
  };
})();
