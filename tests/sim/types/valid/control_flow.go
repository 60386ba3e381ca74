package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return "code " + strconv.Itoa(e.Code) }

func find(n int) (result int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	if n < 0 {
		return 0, &MyErr{n}
	}
	switch {
	case n == 0:
		panic("zero")
	case n > 100:
		return n, nil
	}
	result = n * 2
	return
}

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprint("integer ", x)
	case string:
		return "string " + x
	case error:
		return x.Error()
	case fmt.Stringer:
		return x.String()
	default:
		return fmt.Sprintf("%T", x)
	}
}

func loop() int {
	for {
		return 1
	}
}

func sel(ch chan int, done <-chan struct{}) int {
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				return -1
			}
			return v
		case <-done:
			return 0
		}
	}
}

func main() {
	_, err := find(-3)
	var me *MyErr
	if errors.As(err, &me) {
		fmt.Println(me.Code)
	}
	_, err = find(0)
	fmt.Println(err, classify(3), classify("s"), classify(nil), classify(err), classify(2.5), loop())
outer:
	for i := 0; i < 3; i++ {
		for j := range 3 {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
		}
	}
	i := 0
again:
	if i < 3 {
		i++
		goto again
	}
	switch i {
	case 3:
		fmt.Println("three")
		fallthrough
	case 4:
		fmt.Println("four")
	default:
	}
	ch := make(chan int, 1)
	ch <- 5
	fmt.Println(sel(ch, nil))
	for k, v := range "héllo" {
		_, _ = k, v
	}
	for range 2 {
	}
	if len(os.Args) > 5 {
		os.Exit(3)
	}
}
