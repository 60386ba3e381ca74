// sync: unlock of unlocked mutex is a fatal error (not recoverable).
package main

import "sync"

func main() {
	defer func() { recover() }()
	var mu sync.Mutex
	mu.Unlock()
}
