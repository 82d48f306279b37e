// In-process benchmarks (written by the bench work); placeholder so the package builds.
print("pmobench: no workloads yet")
