// The P/Invoke declarations of the native library (include/kopru.h): every import is
// Cdecl with its exact export name, text goes in as UTF-8 spans (byte[] + length)
// and comes out as IntPtr strings that Utf8.Take frees with kopru_string_free.
using System;
using System.Runtime.InteropServices;

namespace Kopru
{
    /// <summary>The exported functions of the native kopru library (kopru.dll, libkopru.so, libkopru.dylib).</summary>
    internal static class NativeMethods
    {
        /// <summary>The native library's name: kopru.dll on Windows, libkopru.so on Linux.</summary>
        internal const string Library = "kopru";

        /// <summary>
        /// kopru_sync_hook: kind is a static NUL-terminated ASCII string; json is UTF-8 of
        /// jsonLen bytes, not NUL-terminated, valid only during the call. Returns 0 to go on.
        /// </summary>
        [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
        internal delegate int SyncHookCallback(IntPtr userData, IntPtr kind, IntPtr json, UIntPtr jsonLen);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern IntPtr kopru_version();

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern void kopru_string_free(IntPtr text);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern int kopru_last_error_message(out IntPtr text, out UIntPtr len);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern int kopru_last_error_json(out IntPtr text, out UIntPtr len);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern int kopru_client_new(byte[] config, UIntPtr configLen, out ClientHandle client);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern void kopru_client_free(IntPtr client);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern int kopru_client_call(ClientHandle client, byte[] op, UIntPtr opLen,
            byte[] parameters, UIntPtr paramsLen, out IntPtr result, out UIntPtr resultLen);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern int kopru_client_export_state(ClientHandle client, out IntPtr state, out UIntPtr len);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern int kopru_pages_new(ClientHandle client, byte[] op, UIntPtr opLen,
            byte[] parameters, UIntPtr paramsLen, out PagesHandle pages);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern int kopru_pages_set_concurrency(PagesHandle pages, uint concurrency);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern int kopru_pages_next(PagesHandle pages, out IntPtr item, out UIntPtr len,
            out int hasItem);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern void kopru_pages_free(IntPtr pages);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern int kopru_session_new(byte[] config, UIntPtr configLen, byte[] state,
            UIntPtr stateLen, out SessionHandle session);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern void kopru_session_free(IntPtr session);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern int kopru_session_start(SessionHandle session, byte[] op, UIntPtr opLen,
            byte[] parameters, UIntPtr paramsLen, ulong nowMs, out IntPtr step, out UIntPtr len);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern int kopru_session_receive(SessionHandle session, byte[] response,
            UIntPtr responseLen, ulong nowMs, out IntPtr step, out UIntPtr len);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern int kopru_session_transport_failed(SessionHandle session, byte[] message,
            UIntPtr messageLen, int timedOut, ulong nowMs, out IntPtr step, out UIntPtr len);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern int kopru_session_export_state(SessionHandle session, out IntPtr state,
            out UIntPtr len);

        /// <summary>kopru_sync_run with raw client pointers (IntPtr.Zero for "none"), leased by the caller.</summary>
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern int kopru_sync_run(IntPtr erp, IntPtr marketplace, byte[] parameters,
            UIntPtr paramsLen, byte[] stateFile, UIntPtr stateFileLen, SyncHookCallback hook, IntPtr userData,
            out IntPtr report, out UIntPtr reportLen);
    }
}
