"""The lab's cmdlet implementations; importing a module registers its cmdlets with the runtime."""
