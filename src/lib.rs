//! packfuse
