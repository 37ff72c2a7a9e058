// SafeHandles over the three native handle types: the runtime frees each exactly
// once (Dispose or finalizer) and never while a P/Invoke call is using it.
using System;
using System.Runtime.InteropServices;

namespace Kopru
{
    /// <summary>A kopru_client handle; released by kopru_client_free.</summary>
    public sealed class ClientHandle : SafeHandle
    {
        private ClientHandle() : base(IntPtr.Zero, true) { }

        /// <summary>True for the NULL handle.</summary>
        public override bool IsInvalid { get { return handle == IntPtr.Zero; } }

        /// <summary>Frees the native client.</summary>
        protected override bool ReleaseHandle()
        {
            NativeMethods.kopru_client_free(handle);
            return true;
        }
    }

    /// <summary>A kopru_pages handle; released by kopru_pages_free.</summary>
    public sealed class PagesHandle : SafeHandle
    {
        private PagesHandle() : base(IntPtr.Zero, true) { }

        /// <summary>True for the NULL handle.</summary>
        public override bool IsInvalid { get { return handle == IntPtr.Zero; } }

        /// <summary>Frees the native page iterator.</summary>
        protected override bool ReleaseHandle()
        {
            NativeMethods.kopru_pages_free(handle);
            return true;
        }
    }

    /// <summary>A kopru_session handle; released by kopru_session_free.</summary>
    public sealed class SessionHandle : SafeHandle
    {
        private SessionHandle() : base(IntPtr.Zero, true) { }

        /// <summary>True for the NULL handle.</summary>
        public override bool IsInvalid { get { return handle == IntPtr.Zero; } }

        /// <summary>Frees the native session.</summary>
        protected override bool ReleaseHandle()
        {
            NativeMethods.kopru_session_free(handle);
            return true;
        }
    }
}
