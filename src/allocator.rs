//! How lyncsh asks the C library's allocator to treat memory it frees. By default glibc gives
//! the top of its heap back to the kernel as soon as a little of it is free, so a shell that
//! parses and runs one script after another (or a replay that frees one statement's objects
//! before the next) takes fresh pages from the kernel again each time, and pays a page fault
//! for every 4 KiB of them: in a loop of parses, more than a third of the time. lyncsh keeps up
//! to [`KEPT_FREE`] of freed heap for reuse instead. Peak resident memory is unchanged (only
//! memory that was already in use is kept), and allocations of 128 KiB or more still go back
//! to the kernel as soon as they are freed.
//!
//! glibc's "fast bins" are turned off too. They hold small freed blocks unmerged, and every
//! request for a block of 1 KiB or more first merges all of them. A user object's property
//! list is about 2 KiB, so listing 100,000 users merged the fast bins 100,000 times: a third
//! of the time of `Get-CsUser -Filter` over such a directory went there (315 ms, 207 ms
//! without fast bins). The replay and pipeline benchmarks do not change beyond their noise.

/// How much freed memory at the top of the heap is kept for reuse (256 MiB). Listing 100,000
/// users takes about 200 MB; with 64 MiB kept, freeing them gave most of it back, and the next
/// listing took a page fault for every 4 KiB again (226 ms instead of 105 ms).
pub const KEPT_FREE: usize = 256 << 20;

/// Applies the setting; call it before the work starts. It does nothing where the C library is
/// not glibc.
pub fn keep_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets glibc's allocator parameters; glibc allows it at any time and
    // from any thread, and the values are a valid threshold and the documented 0 (no fast
    // bins).
    unsafe {
        libc::mallopt(libc::M_TRIM_THRESHOLD, KEPT_FREE as libc::c_int);
        libc::mallopt(libc::M_MXFAST, 0);
    }
}
