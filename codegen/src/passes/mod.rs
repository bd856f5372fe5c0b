//! Graph passes, one per file; each opens with what it rewrites. The order they run in is
//! [`crate::pipeline`].

pub mod eliminate_dead_code;
pub mod fold_constants;
pub mod fuse_attention;
pub mod fuse_elementwise;
pub mod fuse_sigmoid_loss;
