// The sync runner (kopru_sync_run) with a C# delegate as its hook.
using System;
using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;

namespace Kopru
{
    /// <summary>
    /// The hook of a sync run: <paramref name="kind"/> is "progress", "save" or "deliver" and
    /// <paramref name="json"/> its payload (see include/kopru.h, kopru_sync_hook). Return
    /// true to go on, false to stop the run. For "deliver", return true only once the
    /// document is in the ERP.
    /// </summary>
    public delegate bool SyncHook(string kind, string json);

    /// <summary>Runs catalogue syncs and orders imports between the ERP and a marketplace.</summary>
    public static class Sync
    {
        /// <summary>
        /// Runs a sync job (parameters as JSON text, e.g. <c>{"job":"catalogue","marketplace":"tedbul"}</c>)
        /// and returns its report as JSON text. <paramref name="erp"/> may be null when the
        /// parameters carry a snapshot; <paramref name="stateFile"/> (null: none) keeps the state
        /// between runs. The hook is called on this thread, before this method returns. Returning
        /// false stops the run (<see cref="StoppedException"/>); an exception thrown by the hook
        /// stops it too and is thrown again here once the native call has returned.
        /// </summary>
        public static string Run(Client erp, Client marketplace, string parameters, string stateFile, SyncHook hook)
        {
            byte[] paramBytes = Utf8.Bytes(parameters), pathBytes = Utf8.Bytes(stateFile);
            ExceptionDispatchInfo thrown = null;
            NativeMethods.SyncHookCallback callback = null;
            if (hook != null)
            {
                callback = (userData, kind, json, jsonLen) =>
                {
                    try
                    {
                        return hook(Utf8.ReadTerminated(kind), Utf8.Read(json, jsonLen)) ? 0 : 1;
                    }
                    catch (Exception e)
                    {
                        // Never let an exception unwind through the native frames.
                        thrown = ExceptionDispatchInfo.Capture(e);
                        return 1;
                    }
                };
            }
            int code;
            IntPtr report;
            UIntPtr len;
            using (var erpLease = new Lease(erp == null ? null : erp.Handle))
            using (var marketplaceLease = new Lease(marketplace == null ? null : marketplace.Handle))
            {
                code = NativeMethods.kopru_sync_run(erpLease.Pointer, marketplaceLease.Pointer, paramBytes,
                    Utf8.Length(paramBytes), pathBytes, Utf8.Length(pathBytes), callback, IntPtr.Zero, out report,
                    out len);
            }
            // The delegate must outlive the native call that holds its function pointer.
            GC.KeepAlive(callback);
            if (thrown != null)
            {
                if (code == (int)ResultCode.Ok) NativeMethods.kopru_string_free(report);
                thrown.Throw();
            }
            KopruException.Check(code);
            return Utf8.Take(report, len);
        }

        /// <summary>Keeps a SafeHandle from being released while its raw pointer is in use.</summary>
        private sealed class Lease : IDisposable
        {
            private readonly SafeHandle handle;
            private readonly bool added;

            internal Lease(SafeHandle handle)
            {
                this.handle = handle;
                if (handle != null) handle.DangerousAddRef(ref added);
            }

            internal IntPtr Pointer { get { return added ? handle.DangerousGetHandle() : IntPtr.Zero; } }

            public void Dispose()
            {
                if (added) handle.DangerousRelease();
            }
        }
    }
}
