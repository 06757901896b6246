/** Set at build time from ATTUNE_WEIGHTS_BASE_URL / ATTUNE_LIB_BASE_URL (wxt.config.ts); '' when unset. */
declare const __ATTUNE_WEIGHTS_BASE_URL__: string;
declare const __ATTUNE_LIB_BASE_URL__: string;
/** The extension pages' `connect-src` directive this build was made with. */
declare const __ATTUNE_CONNECT_SRC__: string;
