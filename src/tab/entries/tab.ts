// The page's first script is only this: the prerendered card paints, then the app loads and hydrates it.
import { afterFirstPaint } from './afterFirstPaint';
import { loadApp } from './loadApp';

afterFirstPaint(() => loadApp(() => import(/* webpackChunkName: "tab-app" */ './app/tab')));
