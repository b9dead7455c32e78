// The client–server protocol of the TWIN language server: method objects and their types.
export { ManifestRequest, RemoteStateNotification } from './methods';
export {
  errorCount,
  type ManifestParams,
  type ManifestResult,
  type RemoteSections,
  type RemoteStateParams,
} from './types';
