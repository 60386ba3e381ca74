// The builtin panic deferred directly (defer panic(v)): its argument is boxed when the defer runs.
package main

import (
	"errors"
	"fmt"
)

func try(f func()) {
	defer func() { fmt.Printf("%v %T\n", recover(), recover()) }()
	f()
}

func main() {
	try(func() { defer panic(nil) })
	try(func() { defer panic(errors.New("e")) })
	try(func() { defer panic(42) })
	try(func() { var e error = errors.New("x"); defer panic(e) })
	type S struct{ A int }
	try(func() { defer panic(S{3}) })
}
