//! Vulkan through CubeCL's wgpu runtime (SPIR-V). Adapters are enumerated with wgpu first:
//! cubecl panics when asked for a device that is not there, wgpu returns an empty list.

use cubecl::wgpu::WgpuDevice;

/// The Vulkan adapters of this machine: (name, type, driver).
pub fn adapters() -> Vec<wgpu::AdapterInfo> {
    let instance = wgpu::Instance::new(wgpu::InstanceDescriptor {
        backends: wgpu::Backends::VULKAN,
        ..wgpu::InstanceDescriptor::new_without_display_handle()
    });
    cubecl::future::block_on(instance.enumerate_adapters(wgpu::Backends::VULKAN))
        .into_iter()
        .map(|a| a.get_info())
        .collect()
}

/// The adapter [`probe`] picked.
#[derive(Clone, Debug)]
pub struct Found {
    /// The cubecl device for it.
    pub device: WgpuDevice,
    /// Name and driver, for `packfuse devices`.
    pub detail: String,
    /// A software rasteriser (lavapipe): usable when named, never picked automatically,
    /// since the native CPU backend is faster on the same cores.
    pub software: bool,
}

/// The best adapter as a cubecl device (discrete, then integrated, then a CPU adapter such
/// as lavapipe); `Err` says why there is none.
pub fn probe() -> Result<Found, String> {
    let infos = adapters();
    let pick = |t: wgpu::DeviceType| infos.iter().find(|i| i.device_type == t);
    let choice = [
        (wgpu::DeviceType::DiscreteGpu, WgpuDevice::DiscreteGpu(0)),
        (wgpu::DeviceType::IntegratedGpu, WgpuDevice::IntegratedGpu(0)),
        (wgpu::DeviceType::Cpu, WgpuDevice::Cpu),
    ]
    .into_iter()
    .find_map(|(t, d)| pick(t).map(|i| (d, i)));
    match choice {
        Some((device, info)) => {
            let software = info.device_type == wgpu::DeviceType::Cpu;
            let kind = if software { ", software: used only when named" } else { "" };
            Ok(Found { device, detail: format!("{} ({}{kind})", info.name, info.driver), software })
        }
        None => Err("no Vulkan adapter found (install a Vulkan driver, e.g. \
                     mesa-vulkan-drivers for lavapipe, and libvulkan1)"
            .to_string()),
    }
}
