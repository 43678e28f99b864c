//! How lyncsh asks the C library's allocator to treat memory it frees. By default glibc gives
//! the top of its heap back to the kernel as soon as a little of it is free, so a shell that
//! parses and runs one script after another (or a replay that frees one statement's objects
//! before the next) takes fresh pages from the kernel again each time, and pays a page fault
//! for every 4 KiB of them: in a loop of parses, more than a third of the time. lyncsh keeps up
//! to [`KEPT_FREE`] of freed heap for reuse instead. Peak resident memory is unchanged (only
//! memory that was already in use is kept), and allocations of 128 KiB or more still go back
//! to the kernel as soon as they are freed.

/// How much freed memory at the top of the heap is kept for reuse (64 MiB).
pub const KEPT_FREE: usize = 64 << 20;

/// Applies the setting; call it before the work starts. It does nothing where the C library is
/// not glibc.
pub fn keep_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets one of glibc's allocator parameters; glibc allows it at any
    // time and from any thread, and the value is a valid threshold.
    unsafe {
        libc::mallopt(libc::M_TRIM_THRESHOLD, KEPT_FREE as libc::c_int);
    }
}
