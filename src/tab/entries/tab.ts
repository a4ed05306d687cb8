// The page's first script is only this: the prerendered page paints, then the app loads and hydrates it.
import { loadAppAfterFirstPaint } from '../shared/boot/loadApp';

loadAppAfterFirstPaint(() => import(/* webpackChunkName: "tab-app" */ '../tab/app'));
