package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func work(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	fmt.Println(work(ctx, 10*time.Millisecond))
	err := work(ctx, time.Second)
	fmt.Println(err, errors.Is(err, context.DeadlineExceeded))
	ctx2, cancel2 := context.WithCancel(context.Background())
	go func() {
		time.Sleep(5 * time.Millisecond)
		cancel2()
	}()
	<-ctx2.Done()
	fmt.Println(ctx2.Err(), context.Cause(ctx2))
	ctx3 := context.WithValue(context.Background(), "user", "ann")
	fmt.Println(ctx3.Value("user"), ctx3.Value("x"))
}
