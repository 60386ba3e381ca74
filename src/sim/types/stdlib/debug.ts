/**
 * This file declares package runtime/debug for the simulator: the settings a tutorial touches.
 * SetMaxStack is real (the VM's stack limit, so deep recursion ends with Go's message at the new
 * limit); the garbage-collector and thread settings are remembered and returned as Go does, but
 * change nothing, since the simulator has no collector or threads. Stack traces (Stack,
 * PrintStack) are not declared: their text is machine-specific.
 */
export const debugSource = `package debug

var gcPercent = 100

var memoryLimit int64 = 1<<63 - 1

var maxThreads = 10000

var panicOnFault bool

// SetGCPercent sets the garbage collection target percentage and returns the previous setting;
// a negative percentage disables collection.
func SetGCPercent(percent int) int {
	old := gcPercent
	if percent < 0 {
		percent = -1
	}
	gcPercent = percent
	return old
}

// SetMemoryLimit sets a soft memory limit and returns the previous one; a negative input only
// reads it.
func SetMemoryLimit(limit int64) int64 {
	old := memoryLimit
	if limit >= 0 {
		memoryLimit = limit
	}
	return old
}

// SetMaxStack sets the maximum size of a single goroutine's stack and returns the previous one.
func SetMaxStack(bytes int) int

func SetMaxThreads(threads int) int {
	old := maxThreads
	maxThreads = threads
	return old
}

func SetPanicOnFault(enabled bool) bool {
	old := panicOnFault
	panicOnFault = enabled
	return old
}

func FreeOSMemory() {}

func SetTraceback(level string) {}
`;
