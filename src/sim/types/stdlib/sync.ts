/**
 * This file declares package sync for the simulator, modelled on /usr/local/go/src/sync/
 * {mutex,rwmutex,waitgroup,once}.go but written for a single-threaded VM: the fast paths are
 * plain field updates (no goroutine can run between two statements without a call or a loop
 * back edge), and waiting goes through the VM's semaphores: `semacquire(&x.sema, lifo, reason)`
 * parks the goroutine with Go's wait reason (`sync.Mutex.Lock`, `sync.WaitGroup.Wait`, …) until
 * a `semrelease(&x.sema)` hands it a token. Natives (lib/sync.ts): semacquire, semrelease, fatal.
 *
 * Invariants: Mutex.locked is true iff some goroutine holds the lock; Mutex.waiters counts the
 * goroutines parked (or about to park) on Mutex.sema; WaitGroup.v is the counter, WaitGroup.w the
 * number of parked waiters.
 */
export const syncSource = `package sync

// semacquire waits until *addr > 0 and decrements it; while waiting, the goroutine is parked
// with the given wait reason, at the head of the queue when lifo is set.
func semacquire(addr *uint32, lifo bool, reason string)

// semrelease increments *addr and wakes the first waiter, if any.
func semrelease(addr *uint32)

// fatal ends the program with "fatal error: " + msg, which recover cannot stop (runtime.fatal).
func fatal(msg string)

type Locker interface {
	Lock()
	Unlock()
}

type noCopy struct{}

func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}

type Mutex struct {
	locked  bool
	waiters int32
	sema    uint32
}

func (m *Mutex) Lock() {
	if !m.locked {
		m.locked = true
		return
	}
	lifo := false
	for m.locked {
		m.waiters++
		semacquire(&m.sema, lifo, "sync.Mutex.Lock")
		lifo = true
	}
	m.locked = true
}

func (m *Mutex) TryLock() bool {
	if m.locked {
		return false
	}
	m.locked = true
	return true
}

func (m *Mutex) Unlock() {
	if !m.locked {
		fatal("sync: unlock of unlocked mutex")
	}
	m.locked = false
	if m.waiters > 0 {
		m.waiters--
		semrelease(&m.sema)
	}
}

type RWMutex struct {
	w           Mutex
	readers     int32
	writing     bool
	readWaiters int32
	writeWaiter int32
	readerSem   uint32
	writerSem   uint32
}

func (rw *RWMutex) RLock() {
	for rw.writing || rw.writeWaiter > 0 {
		rw.readWaiters++
		semacquire(&rw.readerSem, false, "sync.RWMutex.RLock")
	}
	rw.readers++
}

func (rw *RWMutex) TryRLock() bool {
	if rw.writing || rw.writeWaiter > 0 {
		return false
	}
	rw.readers++
	return true
}

func (rw *RWMutex) RUnlock() {
	if rw.readers <= 0 {
		fatal("sync: RUnlock of unlocked RWMutex")
	}
	rw.readers--
	if rw.readers == 0 && rw.writeWaiter > 0 {
		semrelease(&rw.writerSem)
	}
}

func (rw *RWMutex) Lock() {
	rw.w.Lock()
	rw.writeWaiter++
	for rw.readers > 0 {
		semacquire(&rw.writerSem, false, "sync.RWMutex.Lock")
	}
	rw.writeWaiter--
	rw.writing = true
}

func (rw *RWMutex) TryLock() bool {
	if !rw.w.TryLock() {
		return false
	}
	if rw.readers > 0 {
		rw.w.Unlock()
		return false
	}
	rw.writing = true
	return true
}

func (rw *RWMutex) Unlock() {
	if !rw.writing {
		fatal("sync: Unlock of unlocked RWMutex")
	}
	rw.writing = false
	for rw.readWaiters > 0 {
		rw.readWaiters--
		semrelease(&rw.readerSem)
	}
	rw.w.Unlock()
}

func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

type WaitGroup struct {
	noCopy noCopy
	v      int32
	w      uint32
	sema   uint32
}

func (wg *WaitGroup) Add(delta int) {
	wg.v += int32(delta)
	if wg.v < 0 {
		panic("sync: negative WaitGroup counter")
	}
	if wg.v > 0 || wg.w == 0 {
		return
	}
	for ; wg.w > 0; wg.w-- {
		semrelease(&wg.sema)
	}
}

func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

func (wg *WaitGroup) Wait() {
	if wg.v == 0 {
		return
	}
	wg.w++
	semacquire(&wg.sema, false, "sync.WaitGroup.Wait")
}

func (wg *WaitGroup) Go(f func()) {
	wg.Add(1)
	go func() {
		defer func() {
			if x := recover(); x != nil {
				// f panicked: re-panic without Done, so Wait cannot release main to race the crash
				panic(x)
			}
			wg.Done()
		}()
		f()
	}()
}

type Once struct {
	done bool
	m    Mutex
}

func (o *Once) Do(f func()) {
	if o.done {
		return
	}
	o.doSlow(f)
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if !o.done {
		defer func() { o.done = true }()
		f()
	}
}

func OnceFunc(f func()) func() {
	var once Once
	var valid bool
	var p any
	g := func() {
		defer func() {
			p = recover()
			if !valid {
				panic(p)
			}
		}()
		f()
		f = nil
		valid = true
	}
	return func() {
		once.Do(g)
		if !valid {
			panic(p)
		}
	}
}

func OnceValue[T any](f func() T) func() T {
	var once Once
	var valid bool
	var p any
	var result T
	g := func() {
		defer func() {
			p = recover()
			if !valid {
				panic(p)
			}
		}()
		result = f()
		f = nil
		valid = true
	}
	return func() T {
		once.Do(g)
		if !valid {
			panic(p)
		}
		return result
	}
}

func OnceValues[T1, T2 any](f func() (T1, T2)) func() (T1, T2) {
	var once Once
	var valid bool
	var p any
	var r1 T1
	var r2 T2
	g := func() {
		defer func() {
			p = recover()
			if !valid {
				panic(p)
			}
		}()
		r1, r2 = f()
		f = nil
		valid = true
	}
	return func() (T1, T2) {
		once.Do(g)
		if !valid {
			panic(p)
		}
		return r1, r2
	}
}

type Map struct {
	mu Mutex
	m  map[any]any
}

func (m *Map) Load(key any) (value any, ok bool) {
	value, ok = m.m[key]
	return
}

func (m *Map) Store(key, value any) {
	if m.m == nil {
		m.m = map[any]any{}
	}
	m.m[key] = value
}

func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	if v, ok := m.m[key]; ok {
		return v, true
	}
	m.Store(key, value)
	return value, false
}

func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	value, loaded = m.m[key]
	delete(m.m, key)
	return
}

func (m *Map) Delete(key any) {
	delete(m.m, key)
}

func (m *Map) Swap(key, value any) (previous any, loaded bool) {
	previous, loaded = m.m[key]
	m.Store(key, value)
	return
}

func (m *Map) CompareAndSwap(key, old, new any) (swapped bool) {
	if v, ok := m.m[key]; ok && v == old {
		m.m[key] = new
		return true
	}
	return false
}

func (m *Map) CompareAndDelete(key, old any) (deleted bool) {
	if v, ok := m.m[key]; ok && v == old {
		delete(m.m, key)
		return true
	}
	return false
}

func (m *Map) Range(f func(key, value any) bool) {
	for k, v := range m.m {
		if !f(k, v) {
			break
		}
	}
}

func (m *Map) Clear() {
	clear(m.m)
}

type Pool struct {
	items []any
	New   func() any
}

func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.items = append(p.items, x)
}

func (p *Pool) Get() any {
	if n := len(p.items); n > 0 {
		x := p.items[n-1]
		p.items = p.items[:n-1]
		return x
	}
	if p.New != nil {
		return p.New()
	}
	return nil
}

type Cond struct {
	L       Locker
	waiters int32
	sema    uint32
}

func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

func (c *Cond) Wait() {
	c.waiters++
	c.L.Unlock()
	semacquire(&c.sema, false, "sync.Cond.Wait")
	c.L.Lock()
}

func (c *Cond) Signal() {
	if c.waiters > 0 {
		c.waiters--
		semrelease(&c.sema)
	}
}

func (c *Cond) Broadcast() {
	for c.waiters > 0 {
		c.waiters--
		semrelease(&c.sema)
	}
}
`;
