package main

import (
	"fmt"
	"sync"
)

type Store struct {
	mu sync.Mutex
	n  int
}

func (s *Store) Inc() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.n++
}

func (s *Store) IncTwice() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.Inc()
	s.Inc()
}

func main() {
	s := &Store{}
	s.Inc()
	fmt.Println(s.n)
	s.IncTwice()
	fmt.Println(s.n)
}
