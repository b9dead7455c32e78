// The custom requests and notifications (`twin/*`), defined once: the client sends them and the
// server handles them through these objects, so a method name or a parameter type cannot drift.
import { NotificationType, RequestType } from 'vscode-jsonrpc';
import type { ManifestParams, ManifestResult, RemoteStateParams } from './types';

/** The validated model of a manifest; null when the server cannot read the file. */
export const ManifestRequest = new RequestType<ManifestParams, ManifestResult | null, void>('twin/manifest');

/** What the platform holds; null (or sections null) clears what the server knew. */
export const RemoteStateNotification = new NotificationType<RemoteStateParams | null>('twin/remoteState');
