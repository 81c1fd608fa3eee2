//! The allocator of the Python module's Rust side: mimalloc.
//!
//! A batch allocates its intermediate results on the worker threads and frees them on the thread
//! that holds the GIL, millions of small blocks per run. With glibc malloc those cross-thread
//! frees and the trimming of worker arenas back to the OS (re-faulted on the next batch) made
//! 2 threads barely faster than 1 for tokenize and numbers. mimalloc frees across threads
//! without locks and, with a purge delay, keeps freed pages for the next batch.
//!
//! Only the module's own Rust allocations use it: Python objects still come from Python's
//! allocator, and the `dhad` Rust library (without the `python` feature) leaves the choice of
//! allocator to its user. mimalloc is built with the local-dynamic TLS model, which a library
//! loaded with `dlopen` (as Python loads extension modules) needs.

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// `mi_option_purge_delay` in mimalloc 3's `mi_option_e`.
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;
/// Freed memory stays committed this long (ms) before it goes back to the OS: long enough to
/// carry over from one batch (or chunk) to the next, short enough that an idle notebook does not
/// keep a large batch's memory.
const PURGE_DELAY_MS: std::os::raw::c_long = 1000;

/// Sets the purge delay once, when the module is imported (mimalloc reads options lazily, so
/// this applies to every later purge).
pub(crate) fn configure() {
    // SAFETY: `mi_option_set` only stores an integer option; any value is valid for this one.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, PURGE_DELAY_MS) };
}
