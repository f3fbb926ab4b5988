"""Item models over the inventory, the replication overview and the jobs (incremental updates only)."""
