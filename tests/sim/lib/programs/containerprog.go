package main

import (
	"container/heap"
	"container/list"
	"fmt"
	"sort"
)

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[0 : n-1]
	return x
}

type item struct {
	value    string
	priority int
	index    int
}
type PQ []*item

func (pq PQ) Len() int            { return len(pq) }
func (pq PQ) Less(i, j int) bool  { return pq[i].priority > pq[j].priority }
func (pq PQ) Swap(i, j int)       { pq[i], pq[j] = pq[j], pq[i]; pq[i].index = i; pq[j].index = j }
func (pq *PQ) Push(x any)         { it := x.(*item); it.index = len(*pq); *pq = append(*pq, it) }
func (pq *PQ) Pop() any           { old := *pq; n := len(old); it := old[n-1]; it.index = -1; *pq = old[:n-1]; return it }
func (pq *PQ) update(it *item, p int) { it.priority = p; heap.Fix(pq, it.index) }

func main() {
	h := &IntHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 3)
	fmt.Println(*h, (*h)[0])
	heap.Remove(h, 2)
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()
	pq := PQ{}
	items := map[string]int{"banana": 3, "apple": 2, "pear": 4}
	keys := make([]string, 0)
	for k := range items {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		heap.Push(&pq, &item{value: k, priority: items[k]})
	}
	o := &item{value: "orange", priority: 1}
	heap.Push(&pq, o)
	pq.update(o, 5)
	for pq.Len() > 0 {
		it := heap.Pop(&pq).(*item)
		fmt.Printf("%.2d:%s ", it.priority, it.value)
	}
	fmt.Println()

	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l.Len())
	l.MoveToBack(e1)
	l.Remove(e4)
	other := list.New()
	other.PushBack("x")
	l.PushBackList(other)
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l.Len(), l.Front().Value, l.Remove(e4))
	var zero list.List
	zero.PushBack(1)
	fmt.Println(zero.Len(), zero.Front().Value)
}
