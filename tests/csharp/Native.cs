// The P/Invoke declarations of libkopru (include/kopru.h), as a C# caller writes
// them: UTF-8 byte[] spans in, IntPtr strings out (freed by kopru_string_free),
// handles wrapped in SafeHandles, no bool.
using System;
using System.Runtime.InteropServices;

namespace Kopru.Tests
{
    /// <summary>A kopru_client handle; freed by kopru_client_free.</summary>
    internal sealed class ClientHandle : SafeHandle
    {
        private ClientHandle() : base(IntPtr.Zero, true) { }
        public override bool IsInvalid { get { return handle == IntPtr.Zero; } }
        protected override bool ReleaseHandle() { Native.kopru_client_free(handle); return true; }
    }

    /// <summary>A kopru_pages handle; freed by kopru_pages_free.</summary>
    internal sealed class PagesHandle : SafeHandle
    {
        private PagesHandle() : base(IntPtr.Zero, true) { }
        public override bool IsInvalid { get { return handle == IntPtr.Zero; } }
        protected override bool ReleaseHandle() { Native.kopru_pages_free(handle); return true; }
    }

    /// <summary>A kopru_session handle; freed by kopru_session_free.</summary>
    internal sealed class SessionHandle : SafeHandle
    {
        private SessionHandle() : base(IntPtr.Zero, true) { }
        public override bool IsInvalid { get { return handle == IntPtr.Zero; } }
        protected override bool ReleaseHandle() { Native.kopru_session_free(handle); return true; }
    }

    /// <summary>The exported functions of libkopru.</summary>
    internal static class Native
    {
        private const string Lib = "kopru";

        public const int KOPRU_OK = 0;
        public const int KOPRU_VALIDATION = 1;
        public const int KOPRU_API = 2;
        public const int KOPRU_AUTH = 3;
        public const int KOPRU_CONFIG = 7;
        public const int KOPRU_NULL_ARGUMENT = 100;
        public const int KOPRU_INVALID_UTF8 = 101;
        public const int KOPRU_INVALID_JSON = 102;
        public const int KOPRU_STOPPED = 104;

        /// <summary>kopru_sync_hook: kind is a static NUL-terminated ASCII string; json is
        /// UTF-8 of jsonLen bytes, not NUL-terminated, valid only during the call. Return 0
        /// to go on. Must not let an exception escape (catch it and return non-zero).</summary>
        [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
        public delegate int SyncHook(IntPtr userData, IntPtr kind, IntPtr json, UIntPtr jsonLen);

        [DllImport(Lib)] public static extern IntPtr kopru_version();
        [DllImport(Lib)] public static extern void kopru_string_free(IntPtr text);
        [DllImport(Lib)] public static extern int kopru_last_error_message(out IntPtr text, out UIntPtr len);
        [DllImport(Lib)] public static extern int kopru_last_error_json(out IntPtr text, out UIntPtr len);

        [DllImport(Lib)]
        public static extern int kopru_client_new(byte[] config, UIntPtr configLen, out ClientHandle client);
        [DllImport(Lib)] public static extern void kopru_client_free(IntPtr client);
        [DllImport(Lib)]
        public static extern int kopru_client_call(ClientHandle client, byte[] op, UIntPtr opLen,
            byte[] parameters, UIntPtr paramsLen, out IntPtr result, out UIntPtr resultLen);
        [DllImport(Lib)]
        public static extern int kopru_client_call(IntPtr client, byte[] op, UIntPtr opLen,
            byte[] parameters, UIntPtr paramsLen, out IntPtr result, out UIntPtr resultLen);
        [DllImport(Lib)]
        public static extern int kopru_client_export_state(ClientHandle client, out IntPtr state, out UIntPtr len);

        [DllImport(Lib)]
        public static extern int kopru_pages_new(ClientHandle client, byte[] op, UIntPtr opLen,
            byte[] parameters, UIntPtr paramsLen, out PagesHandle pages);
        [DllImport(Lib)]
        public static extern int kopru_pages_next(PagesHandle pages, out IntPtr item, out UIntPtr len,
            out int hasItem);
        [DllImport(Lib)] public static extern void kopru_pages_free(IntPtr pages);

        [DllImport(Lib)]
        public static extern int kopru_session_new(byte[] config, UIntPtr configLen, byte[] state,
            UIntPtr stateLen, out SessionHandle session);
        [DllImport(Lib)] public static extern void kopru_session_free(IntPtr session);
        [DllImport(Lib)]
        public static extern int kopru_session_start(SessionHandle session, byte[] op, UIntPtr opLen,
            byte[] parameters, UIntPtr paramsLen, ulong nowMs, out IntPtr step, out UIntPtr len);
        [DllImport(Lib)]
        public static extern int kopru_session_receive(SessionHandle session, byte[] response,
            UIntPtr responseLen, ulong nowMs, out IntPtr step, out UIntPtr len);
        [DllImport(Lib)]
        public static extern int kopru_session_transport_failed(SessionHandle session, byte[] message,
            UIntPtr messageLen, int timedOut, ulong nowMs, out IntPtr step, out UIntPtr len);
        [DllImport(Lib)]
        public static extern int kopru_session_export_state(SessionHandle session, out IntPtr state,
            out UIntPtr len);

        [DllImport(Lib)]
        public static extern int kopru_sync_run(ClientHandle erp, ClientHandle marketplace, byte[] parameters,
            UIntPtr paramsLen, byte[] stateFile, UIntPtr stateFileLen, SyncHook hook, IntPtr userData,
            out IntPtr report, out UIntPtr reportLen);
        /// <summary>kopru_sync_run without an ERP client (erp = IntPtr.Zero: the params carry a snapshot).</summary>
        [DllImport(Lib)]
        public static extern int kopru_sync_run(IntPtr erp, ClientHandle marketplace, byte[] parameters,
            UIntPtr paramsLen, byte[] stateFile, UIntPtr stateFileLen, SyncHook hook, IntPtr userData,
            out IntPtr report, out UIntPtr reportLen);
        /// <summary>kopru_sync_run with a NULL marketplace (IntPtr.Zero), for the argument checks.</summary>
        [DllImport(Lib)]
        public static extern int kopru_sync_run(ClientHandle erp, IntPtr marketplace, byte[] parameters,
            UIntPtr paramsLen, byte[] stateFile, UIntPtr stateFileLen, SyncHook hook, IntPtr userData,
            out IntPtr report, out UIntPtr reportLen);
    }
}
