//! Lowering: a fused graph becomes a [`Plan`].
//!
//! 1. Walk nodes in order. Sources become input or constant storages; view ops (permute,
//!    slice, broadcast, reshape of dense data) extend their input's view; every other node
//!    that fusion left standing becomes one launch writing a fresh buffer.
//! 2. An elementwise group root becomes one `Elementwise` launch whose program is the group
//!    (or one `MatMul` launch with the group as epilogue when fusion chose a prologue).
//! 3. Outputs that are views or inputs are copied into buffers.
//! 4. Buffers are assigned to slots by liveness (see [`assign_slots`]).
//!
//! A `recurse` node's body goes through the whole pipeline on its own, once, into
//! [`Plan::bodies`]; the node becomes one launch that copies the carried state into its
//! buffer and then runs the body there (see [`crate::plan::Recurse`]).

use std::collections::HashMap;

use packfuse_ir::{Graph, IrError, Node, NodeId, Op, Tensor};
use packfuse_kernels::{EwProgram, Instr, KernelSpec, Step};

use crate::passes::fuse_elementwise::{group_leaves, Fusion, Role};
use crate::plan::{BufferInfo, Launch, Plan, Recurse, Storage, ValueRef, ViewStep};

struct Lowering<'g> {
    g: &'g Graph,
    fusion: &'g Fusion,
    plan: Plan,
    vals: Vec<Option<ValueRef>>,
}

/// Lowers `g` (already through the pipeline) under the partition `fusion`.
pub fn lower(g: &Graph, fusion: &Fusion) -> Result<Plan, IrError> {
    let mut l = Lowering { g, fusion, plan: Plan::default(), vals: vec![None; g.len()] };
    for id in g.ids() {
        let v = l.node(id)?;
        l.vals[id.index()] = v;
    }
    for o in g.outputs() {
        let v = l.val(o.node);
        let buf = match v.storage {
            Storage::Buffer(b) if v.steps.is_empty() => b,
            _ => l.copy(o.node, &v),
        };
        l.plan.outputs.push((o.name.clone(), buf));
    }
    assign_slots(&mut l.plan);
    Ok(l.plan)
}

impl Lowering<'_> {
    fn val(&self, id: NodeId) -> ValueRef {
        self.vals[id.index()].clone().expect("fusion lowers every value before its readers")
    }

    fn launch(&mut self, id: NodeId, kernel: KernelSpec, args: Vec<ValueRef>) -> ValueRef {
        let out = self.plan.buffers.len();
        self.plan.buffers.push(BufferInfo { ty: self.g.ty(id).clone(), slot: usize::MAX });
        self.plan.launches.push(Launch {
            kernel,
            args,
            out,
            also: Vec::new(),
            node: id,
            recurse: None,
        });
        ValueRef::dense(Storage::Buffer(out))
    }

    /// Materialises `v` (the value of `id`) densely in a new buffer.
    fn copy(&mut self, id: NodeId, v: &ValueRef) -> usize {
        let d = self.g.ty(id).dtype;
        let program = EwProgram::copy(d, d);
        match self.launch(id, KernelSpec::Elementwise { program }, vec![v.clone()]).storage {
            Storage::Buffer(b) => b,
            _ => unreachable!("launch writes a buffer"),
        }
    }

    fn node(&mut self, id: NodeId) -> Result<Option<ValueRef>, IrError> {
        if let Some(v) = &self.vals[id.index()] {
            return Ok(Some(v.clone())); // launched with an earlier node (a sigmoid-loss part)
        }
        let n: &Node = self.g.node(id);
        let role = self.fusion.role(id);
        if matches!(role, Role::Inlined | Role::Prologue(_)) {
            return Ok(None);
        }
        let arg = |l: &Self, i: usize| l.val(n.inputs[i]);
        let v =
            match &n.op {
                Op::Input { name } | Op::Parameter { name } => {
                    self.plan.inputs.push((name.clone(), n.ty.clone()));
                    ValueRef::dense(Storage::Input(name.clone()))
                }
                Op::Constant { value } => {
                    let shape = n.ty.shape.as_static().unwrap_or_default();
                    let vals: Vec<f64> = value.values().collect();
                    let t = Tensor::from_f64(n.ty.dtype, &shape, &vals).map_err(|e| {
                        IrError::Eval { node: id, op: "constant".into(), reason: e.to_string() }
                    })?;
                    self.plan.constants.push(t);
                    ValueRef::dense(Storage::Constant(self.plan.constants.len() - 1))
                }
                Op::Reshape { shape } => {
                    let mut v = arg(self, 0);
                    if !v.is_dense() {
                        v = ValueRef::dense(Storage::Buffer(self.copy(n.inputs[0], &v)));
                    }
                    v.with(ViewStep::Reshape(shape.clone()))
                }
                Op::Permute { perm } => arg(self, 0).with(ViewStep::Permute(perm.clone())),
                Op::Slice { axis, start, end } => {
                    arg(self, 0).with(ViewStep::Slice { axis: *axis, start: *start, end: *end })
                }
                Op::Broadcast { shape } => arg(self, 0).with(ViewStep::Broadcast(shape.clone())),
                Op::Recurse { body, times, index, max_times } => {
                    let step = Recurse {
                        body: 0,
                        times: *times,
                        names: vec![],
                        inputs: vec![],
                        index: index.clone(),
                        max_times: *max_times,
                    };
                    self.recurse(id, body, step)?
                }
                op if op.is_elementwise() => self.group(id),
                Op::SigmoidLoss { .. } => self.sigmoid_loss(id)?,
                op => {
                    let kernel = kernel_for(op);
                    let args = (0..n.inputs.len()).map(|i| arg(self, i)).collect();
                    self.launch(id, kernel, args)
                }
            };
        Ok(Some(v))
    }

    /// The recurse node `id`: its body compiled once, then one launch that seeds the state.
    /// `step` comes with the node's attributes; the rest of it is filled here.
    fn recurse(&mut self, id: NodeId, body: &Graph, step: Recurse) -> Result<ValueRef, IrError> {
        let ins = self.g.node(id).inputs.clone();
        let sub = crate::pipeline::plan_graph(body)?;
        let declared = body.input_nodes_except(step.index.as_deref());
        let names = declared.iter().map(|(n, _)| n.to_string()).collect();
        // Executors bind body inputs to whole tensors: a view is materialised once here.
        let mut inputs = Vec::new();
        for &i in &ins[1..] {
            let v = self.val(i);
            inputs.push(match v.steps.is_empty() {
                true => v,
                false => ValueRef::dense(Storage::Buffer(self.copy(i, &v))),
            });
        }
        let d = self.g.ty(id).dtype;
        let seed = KernelSpec::Elementwise { program: EwProgram::copy(d, d) };
        let v = self.launch(id, seed, vec![self.val(ins[0])]);
        let step = Recurse { body: self.plan.bodies.len(), names, inputs, ..step };
        self.plan.bodies.push(sub);
        self.plan.launches.last_mut().expect("just launched").recurse = Some(step);
        Ok(v)
    }

    /// The sigmoid-loss part `id`, launched together with the later parts of the same loss
    /// (same `x, y, t', b` and options; gradients of the same `dloss`) whose inputs are all
    /// lowered already: one launch writes every part (on the CPU one sweep over the logit
    /// tiles, where a launch per part would recompute the logits for each).
    ///
    /// A later part's source inputs (`dloss` as a constant made after the loss node) are
    /// lowered here on demand, so the usual "loss, then its backward" graph is one launch.
    fn sigmoid_loss(&mut self, id: NodeId) -> Result<ValueRef, IrError> {
        let (n, g) = (self.g.node(id), self.g);
        let attrs = |op: &Op| match op {
            Op::SigmoidLoss { part, normalize, positives, denom } => {
                Some((*part, (*normalize, *positives, *denom)))
            }
            _ => None,
        };
        let (part, opts) = attrs(&n.op).expect("called for sigmoid-loss nodes");
        let mut dloss = n.inputs.get(4).copied();
        let mut group = vec![(id, part)];
        for other in g.ids().skip(id.index() + 1) {
            let o = g.node(other);
            let Some((p, o_opts)) = attrs(&o.op) else { continue };
            let same = o_opts == opts && o.inputs[..4] == n.inputs[..4];
            for &i in o.inputs.iter().filter(|&&i| same && g.node(i).op.is_source()) {
                if self.vals[i.index()].is_none() {
                    let v = self.node(i)?;
                    self.vals[i.index()] = v;
                }
            }
            let ready = o.inputs.iter().all(|i| self.vals[i.index()].is_some());
            let new_part = group.iter().all(|&(_, q)| q != p);
            let same_dloss = match (dloss, o.inputs.get(4)) {
                (Some(a), Some(&b)) => a == b,
                _ => true,
            };
            if same && ready && new_part && same_dloss {
                dloss = dloss.or(o.inputs.get(4).copied());
                group.push((other, p));
            }
        }
        let mut args: Vec<ValueRef> = n.inputs[..4].iter().map(|&i| self.val(i)).collect();
        args.extend(dloss.map(|i| self.val(i)));
        let (normalize, positives, denom) = opts;
        let also = group[1..].iter().map(|&(_, p)| p).collect();
        let kernel = KernelSpec::SigmoidLoss { part, normalize, positives, denom, also };
        let v = self.launch(id, kernel, args);
        for &(other, _) in &group[1..] {
            let b = self.plan.buffers.len();
            self.plan.buffers.push(BufferInfo { ty: g.ty(other).clone(), slot: usize::MAX });
            self.plan.launches.last_mut().expect("just launched").also.push(b);
            self.vals[other.index()] = Some(ValueRef::dense(Storage::Buffer(b)));
        }
        Ok(v)
    }

    /// One launch for the elementwise group rooted at `root`.
    fn group(&mut self, root: NodeId) -> ValueRef {
        let mut leaves = group_leaves(self.g, &self.fusion.roles, root);
        let prologue = self.fusion.prologue_of(root);
        if let Some(mm) = prologue {
            leaves.retain(|&l| l != mm);
            leaves.insert(0, mm);
        }
        let program = build_program(self.g, &self.fusion.roles, root, &leaves);
        let shape = self.g.ty(root).shape.clone();
        let bcast = |l: &Self, id: NodeId| l.val(id).with(ViewStep::Broadcast(shape.clone()));
        match prologue {
            Some(mm) => {
                let Op::MatMul { transpose_a, transpose_b } = self.g.node(mm).op else {
                    unreachable!("prologues are matmuls")
                };
                let mm_ins = &self.g.node(mm).inputs;
                let mut args = vec![self.val(mm_ins[0]), self.val(mm_ins[1])];
                args.extend(leaves[1..].iter().map(|&l| bcast(self, l)));
                let kernel =
                    KernelSpec::MatMul { transpose_a, transpose_b, epilogue: Some(program) };
                self.launch(root, kernel, args)
            }
            None => {
                let args = leaves.iter().map(|&l| bcast(self, l)).collect();
                self.launch(root, KernelSpec::Elementwise { program }, args)
            }
        }
    }
}

/// The kernel for a non-elementwise, non-view op.
fn kernel_for(op: &Op) -> KernelSpec {
    match op {
        Op::Iota { axis, .. } => KernelSpec::Iota { axis: *axis },
        Op::Reduce { f, axes, .. } => KernelSpec::Reduce { op: *f, axes: axes.clone() },
        Op::MatMul { transpose_a, transpose_b } => KernelSpec::MatMul {
            transpose_a: *transpose_a,
            transpose_b: *transpose_b,
            epilogue: None,
        },
        Op::Concat { axis } => KernelSpec::Concat { axis: *axis },
        Op::Gather { axis } => KernelSpec::Gather { axis: *axis },
        Op::Softmax { axis } => KernelSpec::Softmax { axis: *axis },
        Op::LayerNorm { eps } => KernelSpec::LayerNorm { eps: *eps },
        Op::RmsNorm { eps, add_one } => KernelSpec::RmsNorm { eps: *eps, add_one: *add_one },
        Op::L2Normalize { eps } => KernelSpec::L2Normalize { eps: *eps },
        Op::Rope { base } => KernelSpec::Rope { base: *base },
        Op::PackedAttention { mask, scale, window, part } => {
            KernelSpec::Attention { mask: *mask, scale: *scale, window: *window, part: *part }
        }
        other => unreachable!("{} is lowered without a kernel", other.name()),
    }
}

/// The straight-line program of the group rooted at `root`, reading `leaves` as inputs.
fn build_program(g: &Graph, roles: &[Role], root: NodeId, leaves: &[NodeId]) -> EwProgram {
    let mut steps = Vec::new();
    let mut memo: HashMap<NodeId, usize> = HashMap::new();
    for (k, &l) in leaves.iter().enumerate() {
        memo.insert(l, steps.len());
        steps.push(Step { instr: Instr::Input(k), dtype: g.ty(l).dtype });
    }
    emit(g, roles, root, &mut steps, &mut memo);
    let inputs = leaves.iter().map(|&l| g.ty(l).dtype).collect();
    EwProgram { steps, inputs }
}

fn emit(
    g: &Graph,
    roles: &[Role],
    id: NodeId,
    steps: &mut Vec<Step>,
    memo: &mut HashMap<NodeId, usize>,
) -> usize {
    if let Some(&s) = memo.get(&id) {
        return s;
    }
    let n = g.node(id);
    let instr = if roles[id.index()] == Role::InlineConst {
        let Op::Constant { value } = &n.op else { unreachable!("inline constants are constants") };
        Instr::Const(value.0[0].0.to_bits())
    } else {
        let ins: Vec<usize> = n.inputs.iter().map(|&i| emit(g, roles, i, steps, memo)).collect();
        match &n.op {
            Op::Unary { f } => Instr::Unary(*f, ins[0]),
            Op::Binary { f } => Instr::Binary(*f, ins[0], ins[1]),
            Op::Cast { to } => Instr::Cast(*to, ins[0]),
            Op::Select => Instr::Select(ins[0], ins[1], ins[2]),
            other => unreachable!("{} is not elementwise", other.name()),
        }
    };
    steps.push(Step { instr, dtype: n.ty.dtype });
    memo.insert(id, steps.len() - 1);
    steps.len() - 1
}

/// Packs buffers into slots: a buffer takes a free slot of its dtype, or a new one; a slot
/// frees after the last launch that reads its buffer. Outputs are never reused.
pub fn assign_slots(plan: &mut Plan) {
    let nb = plan.buffers.len();
    let mut last_use = vec![0usize; nb];
    for (i, l) in plan.launches.iter().enumerate() {
        for &o in std::iter::once(&l.out).chain(&l.also) {
            last_use[o] = last_use[o].max(i);
        }
        let body_args = l.recurse.iter().flat_map(|r| &r.inputs);
        for a in l.args.iter().chain(body_args) {
            if let Storage::Buffer(b) = a.storage {
                last_use[b] = last_use[b].max(i);
            }
        }
    }
    for (_, b) in &plan.outputs {
        last_use[*b] = usize::MAX;
    }
    let mut slot_types: Vec<packfuse_ir::DType> = Vec::new();
    let mut free: Vec<usize> = Vec::new();
    let mut live: Vec<usize> = Vec::new(); // buffers holding a slot
    for i in 0..plan.launches.len() {
        live.retain(|&b| {
            let keep = last_use[b] >= i;
            if !keep {
                free.push(plan.buffers[b].slot);
            }
            keep
        });
        let l = &plan.launches[i];
        let outs: Vec<usize> = std::iter::once(l.out).chain(l.also.iter().copied()).collect();
        for out in outs {
            let dtype = plan.buffers[out].ty.dtype;
            let slot = match free.iter().position(|&s| slot_types[s] == dtype) {
                Some(p) => free.swap_remove(p),
                None => {
                    slot_types.push(dtype);
                    slot_types.len() - 1
                }
            };
            plan.buffers[out].slot = slot;
            live.push(out);
        }
    }
    plan.slots = slot_types.len();
}
