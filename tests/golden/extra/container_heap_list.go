package main

import (
	"container/heap"
	"container/list"
	"fmt"
)

type Item struct {
	val  string
	prio int
}
type PQ []*Item

func (p PQ) Len() int            { return len(p) }
func (p PQ) Less(i, j int) bool  { return p[i].prio > p[j].prio }
func (p PQ) Swap(i, j int)       { p[i], p[j] = p[j], p[i] }
func (p *PQ) Push(x any)         { *p = append(*p, x.(*Item)) }
func (p *PQ) Pop() any           { o := *p; n := len(o); it := o[n-1]; *p = o[:n-1]; return it }

func main() {
	pq := &PQ{}
	heap.Init(pq)
	for i, w := range []string{"low", "high", "mid"} {
		heap.Push(pq, &Item{w, []int{1, 9, 5}[i]})
	}
	for pq.Len() > 0 {
		fmt.Print(heap.Pop(pq).(*Item).val, " ")
	}
	fmt.Println()
	l := list.New()
	l.PushBack(1)
	l.PushFront(0)
	l.PushBack(2)
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l.Len())
}
