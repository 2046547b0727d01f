//! A compiled rule regex that stays fast on Vietnamese text.
//!
//! The regex crate's DFAs cannot evaluate a Unicode word boundary (`\b`) once
//! the haystack holds a non-ASCII byte, and Vietnamese text holds one every few
//! bytes: every search of a rule with `\b` then runs in the PikeVM, two orders
//! of magnitude slower (0.2–4 MB/s for the deadline finders). [`Pattern`]
//! answers the same questions with the same results, in two steps:
//!
//! 1. the rule with its Unicode word assertions removed matches a superset of
//!    the places (dropping an assertion only widens what matches), has no
//!    assertion the DFA gives up on, and finds the leftmost place where a
//!    match of the rule *could* start;
//! 2. the rule itself is tried anchored at that place only, which costs the
//!    length of the match, not of the rest of the text.
//!
//! No match of the rule can start before the place step 1 finds, so the first
//! place where step 2 succeeds is the rule's leftmost match, and the rule's
//! own preference among matches starting there is kept. Rules that can match
//! the empty string, or have no Unicode word assertion, are searched by the
//! plain regex. `Pattern` dereferences to [`Regex`] for everything else.

use std::borrow::Cow;
use std::cell::RefCell;
use std::ops::{Deref, Range};
use std::rc::Rc;
use std::sync::Arc;

use regex::Regex;
use regex_automata::hybrid;
use regex_automata::meta;
use regex_automata::nfa::thompson::{self, backtrack, pikevm, WhichCaptures};
use regex_automata::util::captures::GroupInfo;
use regex_automata::util::pool::Pool;
use regex_automata::util::prefilter::Prefilter;
use regex_automata::{Anchored, Input, MatchKind, PatternID};
use regex_syntax::hir::{
    Capture, Class, ClassUnicode, ClassUnicodeRange, Hir, HirKind, Look, Repetition,
};

/// A rule regex with a fast path for text full of non-ASCII letters.
#[derive(Debug, Clone)]
pub struct Pattern {
    /// The rule as the regex crate reads it (case-insensitive).
    source: String,
    /// The plain regex, built on first use that needs it: a rule without a
    /// fast path, or a method of [`Regex`]. Rules with a fast path never
    /// build it for their searches or captures (its forward and reverse
    /// NFAs were a fifth of the peak heap).
    regex: once_cell::sync::OnceCell<Regex>,
    /// Built on first search: most rules are only ever matched against short
    /// lines, and compiling two more automata for each at start-up would
    /// double the start-up time for nothing.
    fast: once_cell::sync::OnceCell<Option<Arc<Fast>>>,
    /// Whether the superset reads the text lowered ([`lower_same_len`]),
    /// see [`Pattern::unbuilt_lowered`].
    lowered: bool,
    /// The plain regex's group names, for [`Captures`] it gives.
    names: once_cell::sync::OnceCell<GroupInfo>,
}

/// The groups of a match of a [`Pattern`]: the accessors of
/// [`regex::Captures`] that the rules use, with [`Match`] for a group.
#[derive(Debug)]
pub struct Captures<'h> {
    haystack: &'h str,
    groups: Groups<'h>,
}

#[derive(Debug)]
enum Groups<'h> {
    /// From the plain regex (a rule without a fast path), with its names.
    Plain(regex::Captures<'h>, GroupInfo),
    /// From the fast path's [`GroupEngine`].
    Fast(regex_automata::util::captures::Captures),
}

impl<'h> Captures<'h> {
    fn plain(caps: regex::Captures<'h>, haystack: &'h str, names: &GroupInfo) -> Self {
        Captures {
            haystack,
            groups: Groups::Plain(caps, names.clone()),
        }
    }

    /// Group `i` (0 is the whole match), if it took part in the match.
    pub fn get(&self, i: usize) -> Option<Match<'h>> {
        let range = match &self.groups {
            Groups::Plain(c, _) => c.get(i)?.range(),
            Groups::Fast(c) => c.get_group(i)?.range(),
        };
        Some(self.at(range))
    }

    /// The group named `name`, if it took part in the match.
    pub fn name(&self, name: &str) -> Option<Match<'h>> {
        let range = match &self.groups {
            Groups::Plain(c, _) => c.name(name)?.range(),
            Groups::Fast(c) => c.get_group_by_name(name)?.range(),
        };
        Some(self.at(range))
    }

    /// The names of the rule's groups, in order (`None` for unnamed ones).
    pub fn capture_names(&self) -> impl Iterator<Item = Option<&str>> + '_ {
        let info = match &self.groups {
            Groups::Plain(_, info) => info,
            Groups::Fast(c) => c.group_info(),
        };
        info.pattern_names(PatternID::ZERO)
    }

    /// How many groups the rule has, the whole match included.
    pub fn len(&self) -> usize {
        match &self.groups {
            Groups::Plain(c, _) => c.len(),
            Groups::Fast(c) => c.group_len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Every group in order, `None` for those that took no part.
    pub fn iter(&self) -> impl Iterator<Item = Option<Match<'h>>> + '_ {
        (0..self.len()).map(|i| self.get(i))
    }

    fn at(&self, range: Range<usize>) -> Match<'h> {
        Match {
            haystack: self.haystack,
            start: range.start,
            end: range.end,
        }
    }
}

impl<'h> std::ops::Index<usize> for Captures<'h> {
    type Output = str;
    fn index(&self, i: usize) -> &str {
        self.get(i)
            .map(|m| m.as_str())
            .unwrap_or_else(|| panic!("no group at index '{i}'"))
    }
}

impl<'h> std::ops::Index<&str> for Captures<'h> {
    type Output = str;
    fn index(&self, name: &str) -> &str {
        self.name(name)
            .map(|m| m.as_str())
            .unwrap_or_else(|| panic!("no group named '{name}'"))
    }
}

#[derive(Debug)]
struct Fast {
    /// The rule without Unicode word assertions: one automaton, or for a
    /// big section one per group of its rules ([`superset_groups`]). A
    /// match of the rule could start at the leftmost place any of them
    /// finds.
    supersets: Vec<Superset>,
    /// The rule itself, searched anchored at the places the supersets find:
    /// one PikeVM per superset group, for the rule's alternatives that group
    /// covers (a match starting where no group's superset starts is
    /// impossible, so at a place only the groups starting there are tried,
    /// in order: the first that matches has the rule's preferred match).
    anchored: Vec<pikevm::PikeVM>,
    /// One PikeVM cache per thread for all of `anchored`, reset to the group
    /// it searches: sized by the largest group's NFA states, not by all of
    /// them (a PikeVM cache holds two sparse sets and two slot tables of
    /// every NFA state: 2 MB per thread for the three deadline finders).
    anchored_caches: Pool<AnchoredCache, CacheFn<AnchoredCache>>,
    /// The rule with its groups, built on the first captures asked.
    groups: once_cell::sync::OnceCell<Option<GroupEngine>>,
}

/// A superset's automaton. A meta regex, unless the regex crate would
/// search it with its lazy DFAs alone ("core" strategy: no literal to jump
/// to): then the two lazy DFAs themselves, forward to the end of the
/// leftmost match and in reverse back to its start, with a prefilter on
/// the literals it must begin with. A meta regex's cache per thread holds,
/// beside its lazy DFAs, a PikeVM's scratch for every NFA state (kept for
/// when the lazy DFA gives up), and the supersets of a rule set are many.
/// This lazy DFA never gives up: a superset has no Unicode word assertion
/// and no quit byte, and when its cache fills it is cleared and goes on.
#[derive(Debug)]
enum Superset {
    Meta(meta::Regex),
    Lazy {
        regex: Arc<hybrid::regex::Regex>,
        caches: Pool<hybrid::regex::Cache, CacheFn<hybrid::regex::Cache>>,
    },
}

/// A search cache of a [`Superset`].
enum SupersetCache {
    Meta(Box<meta::Cache>),
    Lazy(Box<hybrid::regex::Cache>),
}

impl SupersetCache {
    fn memory_usage(&self) -> usize {
        match self {
            SupersetCache::Meta(c) => c.memory_usage(),
            SupersetCache::Lazy(c) => c.memory_usage(),
        }
    }
}

impl Superset {
    fn new(hir: &Hir) -> Option<Superset> {
        let meta = meta::Builder::new()
            .configure(
                meta::Config::new()
                    .nfa_size_limit(Some(SIZE_LIMIT))
                    .hybrid_cache_capacity(DFA_CACHE_LIMIT)
                    // No one-pass DFA (it serves captures only), and no
                    // backtracker's visited set per thread when the lazy DFA
                    // gives up (the PikeVM, whose cache exists anyway, takes
                    // over).
                    .onepass(false)
                    .backtrack(false)
                    .which_captures(WhichCaptures::Implicit),
            )
            .build_from_hir(hir)
            .ok()?;
        // The strategy is only shown by the regex's debug form.
        if !format!("{meta:?}").contains("strat: Core") {
            return Some(Superset::Meta(meta));
        }
        let nfa = |reverse: bool| nfa_of(hir, WhichCaptures::None, reverse).ok();
        let config = hybrid::dfa::Config::new().skip_cache_capacity_check(true);
        let forward = hybrid::dfa::Builder::new()
            .configure(
                config
                    .clone()
                    .cache_capacity(DFA_CACHE_LIMIT)
                    .prefilter(Prefilter::from_hir_prefix(MatchKind::LeftmostFirst, hir)),
            )
            .build_from_nfa(nfa(false)?)
            .ok()?;
        // What the regex crate's own reverse DFA of a regex is: every match
        // state counts, the leftmost start wins. It only reads a match back
        // to its start, a few states.
        let reverse = hybrid::dfa::Builder::new()
            .configure(
                config
                    .cache_capacity(reverse_cache_limit())
                    .specialize_start_states(false)
                    .match_kind(MatchKind::All),
            )
            .build_from_nfa(nfa(true)?)
            .ok()?;
        let regex = Arc::new(hybrid::regex::Builder::new().build_from_dfas(forward, reverse));
        let for_caches = Arc::clone(&regex);
        Some(Superset::Lazy {
            regex,
            caches: Pool::new(Box::new(move || for_caches.create_cache())),
        })
    }

    fn create_cache(&self) -> SupersetCache {
        match self {
            Superset::Meta(m) => SupersetCache::Meta(Box::new(m.create_cache())),
            Superset::Lazy { regex, .. } => SupersetCache::Lazy(Box::new(regex.create_cache())),
        }
    }

    /// Where the leftmost match in `input` starts.
    fn start(&self, input: &Input<'_>) -> Option<usize> {
        match self {
            Superset::Meta(m) => m.search(input).map(|m| m.start()),
            Superset::Lazy { regex, caches } => Self::lazy_start(regex, &mut caches.get(), input),
        }
    }

    fn lazy_start(
        regex: &hybrid::regex::Regex,
        cache: &mut hybrid::regex::Cache,
        input: &Input<'_>,
    ) -> Option<usize> {
        match regex.try_search(cache, input) {
            Ok(found) => found.map(|m| m.start()),
            // Cannot happen (see the type); were it to, the place searched
            // from is a candidate the rule itself then rules in or out.
            Err(_) => Some(input.start()),
        }
    }

    /// [`start`](Self::start) with the cache `cache`.
    fn start_with(&self, cache: &mut SupersetCache, input: &Input<'_>) -> Option<usize> {
        match (self, cache) {
            (Superset::Meta(m), SupersetCache::Meta(c)) => {
                m.search_with(c, input).map(|m| m.start())
            }
            (Superset::Lazy { regex, .. }, SupersetCache::Lazy(c)) => {
                Self::lazy_start(regex, c, input)
            }
            _ => self.start(input),
        }
    }

    /// Whether a match starts at the start of `input` (anchored).
    fn is_match(&self, input: &Input<'_>) -> bool {
        match self {
            Superset::Meta(m) => m.is_match(input.clone()),
            Superset::Lazy { regex, caches } => {
                let mut cache = caches.get();
                regex
                    .forward()
                    .try_search_fwd(cache.as_parts_mut().0, &input.clone().earliest(true))
                    .map_or(true, |m| m.is_some())
            }
        }
    }
}

/// Bytes of states a superset's reverse lazy DFA may cache per thread
/// ([`REVERSE_DFA_CACHE_LIMIT`]), or `CHIDAO_REVERSE_CACHE` (a measuring aid:
/// the matches are the same for any size).
fn reverse_cache_limit() -> usize {
    static OVERRIDE: once_cell::sync::Lazy<Option<usize>> =
        once_cell::sync::Lazy::new(|| env_count("CHIDAO_REVERSE_CACHE"));
    OVERRIDE.unwrap_or(REVERSE_DFA_CACHE_LIMIT)
}

/// A PikeVM cache and the group of [`Fast::anchored`] it was last reset for.
#[derive(Debug, Clone)]
struct AnchoredCache {
    cache: pikevm::Cache,
    group: usize,
}

type CacheFn<T> =
    Box<dyn Fn() -> T + Send + Sync + std::panic::UnwindSafe + std::panic::RefUnwindSafe>;

/// The groups of a match whose bounds the fast path found: the rule's NFA
/// with its groups, searched anchored on the match's span only (what the
/// regex crate does itself once its lazy DFA has found a match), by the
/// bounded backtracker, or by the PikeVM when the span is too long for it.
/// No lazy DFA, no reverse NFA: the plain regex (both, and a cache of each
/// per thread) is never built for the captures of a rule with a fast path.
struct GroupEngine {
    backtrack: backtrack::BoundedBacktracker,
    backtrack_caches: Pool<backtrack::Cache, CacheFn<backtrack::Cache>>,
    pikevm: pikevm::PikeVM,
    /// Created on first use only: a PikeVM cache holds a slot per group
    /// and NFA state.
    pikevm_caches: Pool<pikevm::Cache, CacheFn<pikevm::Cache>>,
}

impl std::fmt::Debug for GroupEngine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GroupEngine").finish_non_exhaustive()
    }
}

impl GroupEngine {
    fn new(source: &str) -> Option<GroupEngine> {
        let hir = regex_syntax::ParserBuilder::new()
            .case_insensitive(true)
            .build()
            .parse(source)
            .ok()?;
        let nfa = nfa_of(&hir, WhichCaptures::All, false).ok()?;
        let backtrack = backtrack::BoundedBacktracker::new_from_nfa(nfa.clone()).ok()?;
        let pikevm = pikevm::PikeVM::new_from_nfa(nfa).ok()?;
        let (b, p) = (backtrack.clone(), pikevm.clone());
        Some(GroupEngine {
            backtrack_caches: Pool::new(Box::new(move || b.create_cache())),
            pikevm_caches: Pool::new(Box::new(move || p.create_cache())),
            backtrack,
            pikevm,
        })
    }

    /// The groups of the rule's match on `span` of `haystack` (a match the
    /// fast path found: it starts the rule's leftmost match and ends where
    /// the rule's preferred match from there ends).
    fn captures<'h>(&self, haystack: &'h str, span: Range<usize>) -> Option<Captures<'h>> {
        let input = Input::new(haystack).span(span).anchored(Anchored::Yes);
        let mut caps = self.backtrack.create_captures();
        if input.get_span().len() <= self.backtrack.max_haystack_len() {
            let mut cache = self.backtrack_caches.get();
            self.backtrack
                .try_captures(&mut cache, input, &mut caps)
                .ok()?;
        } else {
            let mut cache = self.pikevm_caches.get();
            self.pikevm.captures(&mut cache, input, &mut caps);
        }
        caps.is_match().then_some(Captures {
            haystack,
            groups: Groups::Fast(caps),
        })
    }
}

/// What a search of one superset group found from some place on: the
/// leftmost place a match of the group starts, or that none starts, or not
/// searched yet. Still true for a search from any later place up to it.
#[derive(Debug, Clone, Copy)]
enum GroupStart {
    Unknown,
    At(usize),
    Never,
}

impl Fast {
    /// Builds the fast path from the rule's parts ([`rule_groups`]): a
    /// superset of each part, read on text lowered or not, and the part.
    fn from_parts(parts: &[Hir], lowered: bool) -> Option<Fast> {
        let supersets = parts
            .iter()
            .map(|part| Superset::new(&superset_of(part, lowered)))
            .collect::<Option<Vec<_>>>()?;
        // Searched anchored on text the DFAs give up on anyway: only the
        // PikeVM, without the memory of a lazy DFA cache per thread or of a
        // backtracker's visited set (up to 256 KiB per rule and thread; the
        // PikeVM stops as soon as no thread of an anchored search is alive).
        let anchored = parts
            .iter()
            .map(|part| {
                let nfa = nfa_of(part, WhichCaptures::Implicit, false).ok()?;
                pikevm::PikeVM::new_from_nfa(nfa).ok()
            })
            .collect::<Option<Vec<_>>>()?;
        let (largest, vm) = anchored
            .iter()
            .enumerate()
            .max_by_key(|(_, vm)| vm.get_nfa().states().len())?;
        let vm = vm.clone();
        Some(Fast {
            supersets,
            anchored,
            anchored_caches: Pool::new(Box::new(move || AnchoredCache {
                cache: vm.create_cache(),
                group: largest,
            })),
            groups: once_cell::sync::OnceCell::new(),
        })
    }

    /// The groups whose superset starts at `candidate`, the place
    /// [`next_start`](Self::next_start) just returned with `starts`.
    fn groups_at(&self, starts: &[GroupStart], candidate: usize) -> Vec<usize> {
        if self.anchored.len() == 1 {
            return vec![0];
        }
        (0..self.anchored.len())
            .filter(|&g| matches!(starts.get(g), Some(GroupStart::At(p)) if *p == candidate))
            .collect()
    }

    /// The rule's anchored match on `input` (anchored at its start), tried
    /// with the PikeVMs of `groups` in order; `earliest` asks only whether
    /// one exists (its end is then wherever the search stopped).
    fn anchored_match(
        &self,
        groups: &[usize],
        input: &Input<'_>,
        earliest: bool,
    ) -> Option<Range<usize>> {
        self.anchored_match_with(&mut self.anchored_caches.get(), groups, input, earliest)
    }

    /// [`anchored_match`](Self::anchored_match) with the cache `cached`.
    fn anchored_match_with(
        &self,
        cached: &mut AnchoredCache,
        groups: &[usize],
        input: &Input<'_>,
        earliest: bool,
    ) -> Option<Range<usize>> {
        for &g in groups {
            let vm = &self.anchored[g];
            if cached.group != g {
                cached.cache.reset(vm);
                cached.group = g;
            }
            if earliest {
                if vm.is_match(&mut cached.cache, input.clone()) {
                    return Some(input.start()..input.start());
                }
            } else if let Some(m) = vm.find(&mut cached.cache, input.clone()) {
                return Some(m.range());
            }
        }
        None
    }

    /// The leftmost place at or after `at` in `lowered` where a match of a
    /// superset starts. `starts` keeps what each group's search found, for
    /// the next call with a place further on (a search that moves forward
    /// searches again only the groups whose start it passed); `search`
    /// runs one superset's search.
    fn next_start(
        &self,
        lowered: &str,
        at: usize,
        starts: &mut Vec<GroupStart>,
        mut search: impl FnMut(&Superset, &Input<'_>) -> Option<usize>,
    ) -> Option<usize> {
        let input = Input::new(lowered).span(at..lowered.len());
        if let [superset] = self.supersets.as_slice() {
            return search(superset, &input);
        }
        if starts.len() != self.supersets.len() {
            starts.clear();
            starts.resize(self.supersets.len(), GroupStart::Unknown);
        }
        let mut first: Option<usize> = None;
        for (superset, start) in self.supersets.iter().zip(starts.iter_mut()) {
            let found = match *start {
                GroupStart::At(p) if p >= at => Some(p),
                GroupStart::Never => None,
                _ => {
                    let found = search(superset, &input);
                    *start = found.map_or(GroupStart::Never, GroupStart::At);
                    found
                }
            };
            if let Some(p) = found {
                first = Some(first.map_or(p, |f| f.min(p)));
            }
        }
        first
    }
}

/// A match of a [`Pattern`]: the same accessors as [`regex::Match`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match<'h> {
    haystack: &'h str,
    start: usize,
    end: usize,
}

impl<'h> Match<'h> {
    pub fn start(&self) -> usize {
        self.start
    }
    pub fn end(&self) -> usize {
        self.end
    }
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
    pub fn as_str(&self) -> &'h str {
        &self.haystack[self.start..self.end]
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
}

impl Deref for Pattern {
    type Target = Regex;
    fn deref(&self) -> &Regex {
        self.regex()
    }
}

impl Pattern {
    pub fn new(regex: Regex) -> Self {
        Pattern {
            source: regex.as_str().to_string(),
            regex: once_cell::sync::OnceCell::with_value(regex),
            fast: once_cell::sync::OnceCell::new(),
            lowered: false,
            names: once_cell::sync::OnceCell::new(),
        }
    }

    /// A pattern compiled on first use from `source`, which the caller has
    /// checked compiles (case-insensitive, within [`SIZE_LIMIT`]).
    pub fn unbuilt(source: String) -> Self {
        Pattern {
            source,
            regex: once_cell::sync::OnceCell::new(),
            fast: once_cell::sync::OnceCell::new(),
            lowered: false,
            names: once_cell::sync::OnceCell::new(),
        }
    }

    /// As [`unbuilt`](Self::unbuilt), with a superset that reads the text
    /// lowered by [`lower_same_len`] and is compiled from lowered letters:
    /// a smaller lazy DFA (no capitals: fewer byte classes and states), for
    /// the price of lowering each searched text once. The matches are the
    /// same. Worth it for big rules searched on few texts (the deadline
    /// finders); callers that search several such rules on one text lower
    /// it once ([`find_iter_lowered`](Self::find_iter_lowered)).
    pub fn unbuilt_lowered(source: String) -> Self {
        Pattern {
            lowered: true,
            ..Pattern::unbuilt(source)
        }
    }

    /// The text as this rule's superset reads it: for a lowered rule, the
    /// text lowered once per thread and reused by every lowered rule that
    /// searches the same text next ([`lowered_shared`]).
    fn lower<'h>(&self, haystack: &'h str) -> Lowered<'h> {
        if self.lowered {
            lowered_shared(haystack)
        } else {
            Lowered::Text(haystack)
        }
    }

    /// The plain regex.
    pub fn regex(&self) -> &Regex {
        self.regex.get_or_init(|| {
            build_plain(&self.source)
                // Checked when the rules were loaded; a rule never matches
                // rather than stopping a batch.
                .unwrap_or_else(|_| Regex::new(r"[^\s\S]").expect("never-matching regex"))
        })
    }

    /// The rule's source, as given to the regex crate.
    pub fn as_str(&self) -> &str {
        &self.source
    }

    /// The fast path, built on first use; `None` when the plain regex is as good.
    fn fast(&self) -> Option<&Fast> {
        self.fast
            .get_or_init(|| build_fast(&self.source, self.lowered).map(Arc::new))
            .as_deref()
    }

    /// Start and end of the leftmost match starting at or after `from`.
    fn find_range(
        &self,
        fast: &Fast,
        haystack: &str,
        lowered: &str,
        from: usize,
        starts: &mut Vec<GroupStart>,
    ) -> Option<Range<usize>> {
        let mut found = None;
        self.first_start(fast, haystack, lowered, from, starts, |anchored, groups| {
            found = fast.anchored_match(groups, anchored, false);
            found.is_some()
        });
        found
    }

    /// Walks the places where a match could start, from `from` on, until
    /// `matches_here` (given the anchored input at that place) says yes;
    /// false when no place does. `lowered` is [`lower_same_len`] of
    /// `haystack`, which the superset reads; `starts` what the superset
    /// groups found before on the same text from a place at or before
    /// `from` ([`Fast::next_start`]).
    fn first_start(
        &self,
        fast: &Fast,
        haystack: &str,
        lowered: &str,
        from: usize,
        starts: &mut Vec<GroupStart>,
        mut matches_here: impl FnMut(&Input<'_>, &[usize]) -> bool,
    ) -> bool {
        let mut at = from;
        loop {
            let Some(candidate) = fast.next_start(lowered, at, starts, Superset::start) else {
                return false;
            };
            let anchored = Input::new(haystack)
                .span(candidate..haystack.len())
                .anchored(Anchored::Yes);
            if matches_here(&anchored, &fast.groups_at(starts, candidate)) {
                return true;
            }
            // No match of the rule starts here; the next one starts after it.
            let Some(c) = haystack[candidate..].chars().next() else {
                return false;
            };
            at = candidate + c.len_utf8();
        }
    }

    pub fn is_match(&self, haystack: &str) -> bool {
        match self.fast() {
            None => self.regex().is_match(haystack),
            // Whether a match starts at a place, not where it ends: the NFA
            // stops at its first match state instead of running on to the
            // end of the longest one (`^[^.;]{0,120}\bcần\b` read all 120
            // chars to prefer the last `cần` among them).
            Some(fast) => self.first_start(
                fast,
                haystack,
                &self.lower(haystack),
                0,
                &mut Vec::new(),
                |anchored, groups| fast.anchored_match(groups, anchored, true).is_some(),
            ),
        }
    }

    pub fn find<'h>(&self, haystack: &'h str) -> Option<Match<'h>> {
        self.find_at(haystack, 0)
    }

    /// The match that starts the haystack, if one does: one anchored search,
    /// not a search for every place a match could start.
    pub fn find_at_start<'h>(&self, haystack: &'h str) -> Option<Match<'h>> {
        let range = match self.fast() {
            // The leftmost match starts at 0 whenever one does.
            None => self
                .regex()
                .find(haystack)
                .filter(|m| m.start() == 0)?
                .range(),
            Some(fast) => {
                let at_start = Input::new(haystack).anchored(Anchored::Yes);
                // The superset's lazy DFA rules most texts out cheaply; the
                // rule's NFA runs only where a match could start. Whether it
                // matches is all that is asked (the start is 0): its forward
                // automaton alone, without growing the reverse one's cache.
                let lowered = self.lower(haystack);
                let input = Input::new(&*lowered).anchored(Anchored::Yes);
                let groups: Vec<usize> = (0..fast.supersets.len())
                    .filter(|&g| fast.supersets[g].is_match(&input))
                    .collect();
                fast.anchored_match(&groups, &at_start, false)?
            }
        };
        Some(Match {
            haystack,
            start: range.start,
            end: range.end,
        })
    }

    pub fn find_at<'h>(&self, haystack: &'h str, start: usize) -> Option<Match<'h>> {
        match self.fast() {
            None => self.regex().find_at(haystack, start).map(|m| Match {
                haystack,
                start: m.start(),
                end: m.end(),
            }),
            Some(fast) => self
                .find_range(
                    fast,
                    haystack,
                    &self.lower(haystack),
                    start,
                    &mut Vec::new(),
                )
                .map(|r| Match {
                    haystack,
                    start: r.start,
                    end: r.end,
                }),
        }
    }

    pub fn find_iter<'r, 'h>(&'r self, haystack: &'h str) -> FindIter<'r, 'h> {
        self.find_iter_with(haystack, |_| self.lower(haystack))
    }

    /// [`find_iter`](Self::find_iter) with `lowered`, [`lower_same_len`] of
    /// `haystack`, given by a caller that searches several rules on it.
    pub fn find_iter_lowered<'r, 'h>(
        &'r self,
        haystack: &'h str,
        lowered: &'h str,
    ) -> FindIter<'r, 'h> {
        debug_assert_eq!(lowered.len(), haystack.len());
        self.find_iter_with(haystack, |lowered_rule| {
            Lowered::Text(if lowered_rule { lowered } else { haystack })
        })
    }

    /// The iterator over `haystack`; `search_text` gives the text the fast
    /// path's superset searches (told whether this rule was compiled lowered),
    /// asked only when there is a fast path.
    fn find_iter_with<'r, 'h>(
        &'r self,
        haystack: &'h str,
        search_text: impl FnOnce(bool) -> Lowered<'h>,
    ) -> FindIter<'r, 'h> {
        let (plain, lowered) = match self.fast() {
            None => (Some(self.regex().find_iter(haystack)), Lowered::Text("")),
            Some(_) => (None, search_text(self.lowered)),
        };
        FindIter {
            pattern: self,
            haystack,
            lowered,
            plain,
            at: 0,
            starts: Vec::new(),
        }
    }

    pub fn captures<'h>(&self, haystack: &'h str) -> Option<Captures<'h>> {
        self.captures_at(haystack, 0)
    }

    pub fn captures_at<'h>(&self, haystack: &'h str, start: usize) -> Option<Captures<'h>> {
        match self.fast() {
            None => self.plain_captures_at(haystack, start),
            Some(fast) => {
                let r = self.find_range(
                    fast,
                    haystack,
                    &self.lower(haystack),
                    start,
                    &mut Vec::new(),
                )?;
                self.groups_of(fast, haystack, r)
            }
        }
    }

    /// [`captures_at`](Self::captures_at) with the superset's text lowered
    /// once by the caller.
    fn captures_at_lowered<'h>(
        &self,
        haystack: &'h str,
        lowered: &str,
        start: usize,
        starts: &mut Vec<GroupStart>,
    ) -> Option<Captures<'h>> {
        match self.fast() {
            None => self.plain_captures_at(haystack, start),
            Some(fast) => {
                let r = self.find_range(fast, haystack, lowered, start, starts)?;
                self.groups_of(fast, haystack, r)
            }
        }
    }

    /// The groups of the match `r` the fast path found: from the rule's
    /// NFA with groups searched on `r` alone ([`GroupEngine`]), else (it
    /// did not build) from the plain regex searching from `r.start` (the
    /// match starts there, so it stops at the end of that match).
    fn groups_of<'h>(
        &self,
        fast: &Fast,
        haystack: &'h str,
        r: Range<usize>,
    ) -> Option<Captures<'h>> {
        match fast.groups.get_or_init(|| GroupEngine::new(&self.source)) {
            Some(engine) => engine.captures(haystack, r),
            None => self.plain_captures_at(haystack, r.start),
        }
    }

    /// The plain regex's captures, as [`Captures`].
    fn plain_captures_at<'h>(&self, haystack: &'h str, start: usize) -> Option<Captures<'h>> {
        let caps = self.regex().captures_at(haystack, start)?;
        Some(Captures::plain(caps, haystack, self.names()))
    }

    /// The plain regex's group names.
    fn names(&self) -> &GroupInfo {
        self.names.get_or_init(|| {
            GroupInfo::new([self.regex().capture_names()]).expect("the regex's own group names")
        })
    }

    pub fn captures_iter<'r, 'h>(&'r self, haystack: &'h str) -> CapturesIter<'r, 'h> {
        let (plain, lowered) = match self.fast() {
            None => (
                Some(self.regex().captures_iter(haystack)),
                Lowered::Text(""),
            ),
            Some(_) => (None, self.lower(haystack)),
        };
        CapturesIter {
            pattern: self,
            haystack,
            lowered,
            plain,
            at: Some(0),
            starts: Vec::new(),
        }
    }

    /// Bytes of search caches one thread holds after finding every match
    /// in `texts`: the lazy DFA's states and the NFA engines' scratch
    /// (debug aid for peak memory, see `examples/rule_memory.rs`).
    #[doc(hidden)]
    pub fn cache_memory_after(&self, texts: &[&str]) -> usize {
        match self.fast() {
            None => {
                let Ok(meta) = meta::Builder::new()
                    .syntax(regex_automata::util::syntax::Config::new().case_insensitive(true))
                    .build(&self.source)
                else {
                    return 0;
                };
                let mut cache = meta.create_cache();
                for text in texts {
                    let mut at = 0;
                    while let Some(m) =
                        meta.search_with(&mut cache, &Input::new(text).span(at..text.len()))
                    {
                        at = if m.end() > m.start() {
                            m.end()
                        } else {
                            m.end() + 1
                        };
                        if at > text.len() {
                            break;
                        }
                    }
                }
                cache.memory_usage()
            }
            Some(fast) => {
                let mut caches: Vec<SupersetCache> =
                    fast.supersets.iter().map(Superset::create_cache).collect();
                let mut anchored = AnchoredCache {
                    cache: fast.anchored[0].create_cache(),
                    group: 0,
                };
                for text in texts {
                    let lowered = self.lower(text);
                    let mut starts = Vec::new();
                    let mut at = 0;
                    while at <= text.len() {
                        let Some(start) = fast.next_start(&lowered, at, &mut starts, |s, input| {
                            let i = fast
                                .supersets
                                .iter()
                                .position(|x| std::ptr::eq(x, s))
                                .expect("one of the supersets");
                            s.start_with(&mut caches[i], input)
                        }) else {
                            break;
                        };
                        let here = Input::new(*text)
                            .span(start..text.len())
                            .anchored(Anchored::Yes);
                        let groups = fast.groups_at(&starts, start);
                        at = match fast.anchored_match_with(&mut anchored, &groups, &here, false) {
                            Some(m) if m.end > start => m.end,
                            _ => start + text[start..].chars().next().map_or(1, char::len_utf8),
                        };
                    }
                }
                caches
                    .iter()
                    .map(SupersetCache::memory_usage)
                    .sum::<usize>()
                    + anchored.cache.memory_usage()
            }
        }
    }

    pub fn split<'r, 'h>(&'r self, haystack: &'h str) -> Split<'r, 'h> {
        Split {
            finds: self.find_iter(haystack),
            last: 0,
        }
    }
}

/// Matches of a [`Pattern`], leftmost first, not overlapping.
pub struct FindIter<'r, 'h> {
    pattern: &'r Pattern,
    haystack: &'h str,
    /// The haystack as the superset reads it (empty without a fast path).
    lowered: Lowered<'h>,
    plain: Option<regex::Matches<'r, 'h>>,
    at: usize,
    /// What the superset groups found so far ([`Fast::next_start`]).
    starts: Vec<GroupStart>,
}

impl<'h> Iterator for FindIter<'_, 'h> {
    type Item = Match<'h>;
    fn next(&mut self) -> Option<Match<'h>> {
        if let Some(plain) = &mut self.plain {
            return plain.next().map(|m| Match {
                haystack: self.haystack,
                start: m.start(),
                end: m.end(),
            });
        }
        if self.at > self.haystack.len() {
            return None;
        }
        let fast = self.pattern.fast()?;
        // Fast patterns never match empty (see build_fast), so the next
        // search starts where this match ends, as in the regex crate.
        match self.pattern.find_range(
            fast,
            self.haystack,
            &self.lowered,
            self.at,
            &mut self.starts,
        ) {
            Some(r) => {
                self.at = r.end;
                Some(Match {
                    haystack: self.haystack,
                    start: r.start,
                    end: r.end,
                })
            }
            None => {
                self.at = self.haystack.len() + 1;
                None
            }
        }
    }
}

/// Captures of successive matches of a [`Pattern`].
pub struct CapturesIter<'r, 'h> {
    pattern: &'r Pattern,
    haystack: &'h str,
    /// The haystack as the superset reads it (empty without a fast path).
    lowered: Lowered<'h>,
    /// The regex crate's own iterator for patterns without a fast path
    /// (it knows the stepping rules for empty matches).
    plain: Option<regex::CaptureMatches<'r, 'h>>,
    /// Where the next search starts; `None` when done.
    at: Option<usize>,
    /// What the superset groups found so far ([`Fast::next_start`]).
    starts: Vec<GroupStart>,
}

impl<'h> Iterator for CapturesIter<'_, 'h> {
    type Item = Captures<'h>;
    fn next(&mut self) -> Option<Captures<'h>> {
        if let Some(plain) = &mut self.plain {
            let caps = plain.next()?;
            return Some(Captures::plain(caps, self.haystack, self.pattern.names()));
        }
        let at = self.at?;
        let caps =
            self.pattern
                .captures_at_lowered(self.haystack, &self.lowered, at, &mut self.starts);
        // Fast patterns never match empty: the next search starts at the end.
        self.at = caps.as_ref().and_then(|c| c.get(0)).map(|m| m.end());
        caps
    }
}

/// Pieces of text between matches, as [`Regex::split`].
pub struct Split<'r, 'h> {
    finds: FindIter<'r, 'h>,
    last: usize,
}

impl<'h> Iterator for Split<'_, 'h> {
    type Item = &'h str;
    fn next(&mut self) -> Option<&'h str> {
        let haystack = self.finds.haystack;
        match self.finds.next() {
            None => {
                let len = haystack.len();
                if self.last > len {
                    None
                } else {
                    let piece = &haystack[self.last..len];
                    self.last = len + 1;
                    Some(piece)
                }
            }
            Some(m) => {
                let piece = &haystack[self.last..m.start()];
                self.last = m.end();
                Some(piece)
            }
        }
    }
}

/// Bytes the compiled NFAs of one rule may take.
pub const SIZE_LIMIT: usize = 64 << 20;

/// Bytes of states one lazy DFA may cache per thread before it starts over
/// (the regex crate's default is 2 MiB). Lazy DFA states are most of the
/// per-thread memory, and a few big rules (the deadline finders) fill
/// theirs on a large corpus: with 512 KiB, peak RSS on 10 000 generated
/// notices fell by about 0.4 MiB, user time unchanged within noise
/// (256 KiB saved 1.7 MiB but took half as long again: the caches thrash).
pub const DFA_CACHE_LIMIT: usize = 512 << 10;

/// Bytes of states the reverse lazy DFA of a superset searched by its lazy
/// DFAs alone ([`Superset`]) may cache per thread. It only reads a match
/// back from its end to its start, over the few states of that stretch. On
/// 10 000 generated notices, two threads: 16 KiB took peak RSS down by
/// about 1 MiB against [`DFA_CACHE_LIMIT`], for 6–8 % more user time
/// (64 KiB: 0.45 MiB for 5 %).
pub const REVERSE_DFA_CACHE_LIMIT: usize = 16 << 10;

/// The plain regex of a rule's source (read case-insensitively).
pub fn build_plain(source: &str) -> Result<Regex, regex::Error> {
    regex::RegexBuilder::new(source)
        .case_insensitive(true)
        .size_limit(SIZE_LIMIT)
        .dfa_size_limit(DFA_CACHE_LIMIT)
        .build()
}

/// Whether `source` would build within the limits: it parses, and its NFA
/// fits in [`SIZE_LIMIT`] (the errors [`build_plain`] can give), at a
/// fraction of the cost of building the regex.
pub fn check(source: &str) -> Result<(), String> {
    let hir = regex_syntax::ParserBuilder::new()
        .case_insensitive(true)
        .build()
        .parse(source)
        .map_err(|e| e.to_string())?;
    nfa_of(&hir, WhichCaptures::All, false).map(|_| ())
}

/// The Thompson NFA of `hir` within [`SIZE_LIMIT`], with the capture
/// states `captures` asks for, read forward or in reverse.
fn nfa_of(hir: &Hir, captures: WhichCaptures, reverse: bool) -> Result<thompson::NFA, String> {
    thompson::Compiler::new()
        .configure(
            thompson::Config::new()
                .nfa_size_limit(Some(SIZE_LIMIT))
                .which_captures(captures)
                .reverse(reverse),
        )
        .build_from_hir(hir)
        .map_err(|e| e.to_string())
}

/// A count set by the environment variable `var` (a measuring aid), read
/// once by the caller's own static.
fn env_count(var: &str) -> Option<usize> {
    std::env::var(var).ok().and_then(|v| v.parse().ok())
}

/// The two automata of the fast path, or `None` when the plain regex is as
/// good (no Unicode word assertion) or the rule can match the empty string
/// (where the stepping rules of iteration get subtle).
fn build_fast(source: &str, lowered: bool) -> Option<Fast> {
    let hir = regex_syntax::ParserBuilder::new()
        .case_insensitive(true)
        .build()
        .parse(source)
        .ok()?;
    let props = hir.properties();
    if props.minimum_len() != Some(0) && has_unicode_word_look(&hir) {
        Fast::from_parts(&rule_groups(&hir, lowered, group_weight()), lowered)
    } else {
        None
    }
}

/// A superset whose alternatives weigh more than this ([`weight`]) is
/// compiled in groups of its alternatives, each at most this heavy (or one
/// alternative). On 1 000 generated notices, two threads: 4000 took peak
/// RSS from 61.6 to 58.9 MB (2000: 60.2, 8000: 60.9, 1000: 61.7).
const GROUP_WEIGHT: usize = 4000;

/// The rule as one or more expressions, each matching some of its
/// alternatives (a section's rules, in order), that together match what it
/// does; grouped by the weight of their supersets ([`superset_of`] with
/// `lowered`). One lazy DFA for a big section tracks every combination of
/// its rules' partial matches at once: its states multiply across the
/// rules, and its cache with them (megabytes per thread for the deadline
/// finders). Groups of rules have far fewer combinations; a text is
/// searched once per group's superset, and the leftmost start any group
/// finds is the superset's leftmost start. A match of the rule at a place
/// is the first group's (in order) that matches there, the rule's
/// leftmost-first preference: its alternatives are tried in order.
fn rule_groups(hir: &Hir, lowered: bool, limit: usize) -> Vec<Hir> {
    let HirKind::Alternation(subs) = hir.kind() else {
        return vec![hir.clone()];
    };
    let weights: Vec<usize> = subs
        .iter()
        .map(|sub| weight(&superset_of(sub, lowered)))
        .collect();
    if weights.iter().sum::<usize>() <= limit {
        return vec![hir.clone()];
    }
    let mut groups = Vec::new();
    let mut group: Vec<Hir> = Vec::new();
    let mut total = 0;
    for (sub, w) in subs.iter().zip(weights) {
        if !group.is_empty() && total + w > limit {
            groups.push(Hir::alternation(std::mem::take(&mut group)));
            total = 0;
        }
        group.push(sub.clone());
        total += w;
    }
    groups.push(Hir::alternation(group));
    groups
}

/// [`GROUP_WEIGHT`], or `CHIDAO_GROUP_WEIGHT` (a measuring aid: the
/// matches are the same for any weight).
fn group_weight() -> usize {
    static OVERRIDE: once_cell::sync::Lazy<Option<usize>> =
        once_cell::sync::Lazy::new(|| env_count("CHIDAO_GROUP_WEIGHT"));
    OVERRIDE.unwrap_or(GROUP_WEIGHT)
}

/// About how many NFA states an expression compiles to: its literal bytes,
/// the ranges of its classes, its repetitions' copies.
fn weight(hir: &Hir) -> usize {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => 1,
        HirKind::Literal(lit) => lit.0.len(),
        HirKind::Class(Class::Unicode(c)) => 1 + c.ranges().len(),
        HirKind::Class(Class::Bytes(c)) => 1 + c.ranges().len(),
        HirKind::Repetition(rep) => {
            let copies = rep.max.unwrap_or(rep.min).max(1) as usize;
            1 + weight(&rep.sub) * copies
        }
        HirKind::Capture(cap) => weight(&cap.sub),
        HirKind::Concat(subs) | HirKind::Alternation(subs) => subs.iter().map(weight).sum(),
    }
}

fn is_unicode_word_look(look: Look) -> bool {
    matches!(
        look,
        Look::WordUnicode
            | Look::WordUnicodeNegate
            | Look::WordStartUnicode
            | Look::WordEndUnicode
            | Look::WordStartHalfUnicode
            | Look::WordEndHalfUnicode
    )
}

fn has_unicode_word_look(hir: &Hir) -> bool {
    let looks = hir.properties().look_set();
    looks.iter().any(is_unicode_word_look)
}

/// A counted repetition allowing at least this many more copies than it
/// requires is unbounded in the superset.
const WIDEN_REPETITIONS_OVER: u32 = 4;

/// Code points of the letters a notice is written in (Latin-1 and Latin
/// Extended letters, combining marks, Latin Extended Additional): a widened
/// class of the superset keeps its exact members among these.
const LETTERS: &[(char, char)] = &[
    ('\u{C0}', '\u{24F}'),
    ('\u{300}', '\u{36F}'),
    ('\u{1E00}', '\u{1EFF}'),
];
/// A class with more ranges than this outside ASCII is widened.
const WIDEN_CLASS_RANGES: usize = 12;

/// A class of the superset with fewer boundaries. A large Unicode class
/// (`\w`, `[^\s.;:,()]`, `[^()\n]`) is cut by its many ranges into many
/// byte classes, and every state of a lazy DFA holds a transition for each
/// byte class. Outside ASCII and [`LETTERS`], such a class takes every code
/// point: a superset, with the boundaries of the letters only.
fn widen_class(c: &ClassUnicode) -> ClassUnicode {
    let outside = c
        .ranges()
        .iter()
        .filter(|r| u32::from(r.end()) >= 0x80)
        .count();
    if outside <= WIDEN_CLASS_RANGES {
        return c.clone();
    }
    let mut other = ClassUnicode::new(
        LETTERS
            .iter()
            .map(|&(a, b)| ClassUnicodeRange::new(a, b))
            .chain([ClassUnicodeRange::new('\0', '\u{7F}')]),
    );
    other.negate();
    let mut wide = c.clone();
    wide.union(&other);
    wide
}

/// An expression that matches wherever `hir` does (and more), cheaper for a
/// lazy DFA: every Unicode word assertion is replaced by the empty string
/// (the DFA gives up on them), every long counted repetition loses its
/// upper bound (`[^.;]{0,120}` makes the DFA count, one state per count and
/// partial match, megabytes of cache per thread; `[^.;]*` does not), and a
/// large Unicode class takes all code points but the letters it leaves out
/// ([`widen_class`]).
///
/// The superset reads the text lowered by [`lower_same_len`] (same byte
/// offsets), so its literals and classes are lowered the same way
/// ([`lowered_class`]): a case-insensitive letter is one letter, not a pair,
/// which spares the lazy DFA the byte classes and states of the capitals.
/// Whatever the rule matches in the text, the superset matches in the
/// lowered text; `(?-i:…)` parts widen to both cases, and the anchored step
/// on the text as printed keeps them case-sensitive.
fn superset_of(hir: &Hir, lowered: bool) -> Hir {
    let sub = |h: &Hir| superset_of(h, lowered);
    match hir.kind() {
        HirKind::Look(look) if is_unicode_word_look(*look) => Hir::empty(),
        HirKind::Class(Class::Unicode(c)) if lowered => {
            Hir::class(Class::Unicode(widen_class(&lowered_class(c))))
        }
        HirKind::Class(Class::Unicode(c)) => Hir::class(Class::Unicode(widen_class(c))),
        HirKind::Literal(lit) if lowered => match std::str::from_utf8(&lit.0) {
            Ok(text) => Hir::literal(lower_same_len(text).into_owned().into_bytes()),
            Err(_) => hir.clone(),
        },
        HirKind::Empty | HirKind::Literal(_) | HirKind::Class(_) | HirKind::Look(_) => hir.clone(),
        HirKind::Repetition(rep) => {
            let widen = rep
                .max
                .is_some_and(|max| max - rep.min >= WIDEN_REPETITIONS_OVER);
            Hir::repetition(Repetition {
                sub: Box::new(sub(&rep.sub)),
                max: if widen { None } else { rep.max },
                ..rep.clone()
            })
        }
        HirKind::Capture(cap) => Hir::capture(Capture {
            sub: Box::new(sub(&cap.sub)),
            ..cap.clone()
        }),
        HirKind::Concat(subs) => Hir::concat(subs.iter().map(sub).collect()),
        HirKind::Alternation(subs) => Hir::alternation(subs.iter().map(sub).collect()),
    }
}

/// The lower-case letter `c` is read as in the superset's text: its simple
/// lower case when that is one char of the same UTF-8 length and its own
/// lower case (every letter of a Vietnamese notice), else `c` itself (`İ`,
/// the Kelvin sign), so that byte offsets stay those of the text.
fn lower_char(c: char) -> char {
    /// The lowered Latin letters (below U+0250, and U+1E00–U+1EFF): a
    /// notice's letters are looked up, not searched in Unicode's tables.
    static LATIN: once_cell::sync::Lazy<Vec<char>> = once_cell::sync::Lazy::new(|| {
        (0..0x250u32)
            .chain(0x1E00..0x1F00)
            .map(|u| char::from_u32(u).map_or('\0', lower_char_slow))
            .collect()
    });
    let u = c as u32;
    if u < 0x80 {
        c.to_ascii_lowercase()
    } else if u < 0x250 {
        LATIN[u as usize]
    } else if (0x1E00..0x1F00).contains(&u) {
        LATIN[(u - 0x1E00 + 0x250) as usize]
    } else if u < 0x2_0000 {
        // One search of the table of changed chars, not two of Unicode's.
        match LOWERING.binary_search_by_key(&c, |&(from, _)| from) {
            Ok(i) => LOWERING[i].1,
            Err(_) => c,
        }
    } else {
        lower_char_slow(c)
    }
}

/// Every char below U+20000 that [`lower_char`] changes, with its image,
/// in order (none past U+1FFFF has a lower case).
static LOWERING: once_cell::sync::Lazy<Vec<(char, char)>> = once_cell::sync::Lazy::new(|| {
    (0..0x2_0000u32)
        .filter_map(char::from_u32)
        .filter_map(|c| {
            let l = lower_char_slow(c);
            (l != c).then_some((c, l))
        })
        .collect()
});

fn lower_char_slow(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let single = |c: char| {
        let mut it = c.to_lowercase();
        match (it.next(), it.next()) {
            (Some(l), None) if l.len_utf8() == c.len_utf8() => Some(l),
            _ => None,
        }
    };
    match single(c) {
        Some(l) if single(l) == Some(l) => l,
        _ => c,
    }
}

/// A haystack as a lowered superset reads it: the text itself (nothing to
/// lower, or lowered by the caller) or a range of the thread's shared
/// lowered copy of the text it was cut from.
#[derive(Debug, Clone)]
pub enum Lowered<'h> {
    Text(&'h str),
    Shared(Rc<str>, Range<usize>),
}

impl Deref for Lowered<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        match self {
            Lowered::Text(t) => t,
            Lowered::Shared(t, r) => &t[r.clone()],
        }
    }
}

/// How many recent texts a thread keeps lowered: a line, its paragraph,
/// the directive and the notice may be searched in turn (a part cut from a
/// kept text is found in it, not kept again). 8 kept texts cost 0.6 MiB of
/// peak RSS on /tmp/bc1000 (two threads).
const LOWERED_TEXTS: usize = 4;

/// One text a thread lowered: where the caller's text was (address), a
/// copy of it, and its lowered copy (`None` when lowering changes nothing).
struct LoweredText {
    at: usize,
    text: String,
    low: Option<Rc<str>>,
}

/// The last texts this thread lowered for a lowered rule. Dozens of rules
/// search each line or directive in turn, and its parts (a clause, a
/// phrase) after it: the text is lowered by the first, and the others find
/// it, or the text it was cut from, by its address (checked against the
/// copy: one `memcmp` of the part), else by its content.
#[derive(Default)]
struct LoweredTexts {
    slots: Vec<LoweredText>,
    next: usize,
}

thread_local! {
    static LOWERED_CACHE: RefCell<LoweredTexts> = RefCell::default();
}

/// The lowered form of `text` as `slot` keeps it, from `off` on.
fn lowered_in<'h>(slot: &LoweredText, text: &'h str, off: usize) -> Lowered<'h> {
    match &slot.low {
        None => Lowered::Text(text),
        Some(low) => Lowered::Shared(Rc::clone(low), off..off + text.len()),
    }
}

/// [`lower_same_len`] of `text`, lowered once per thread for all the
/// lowered rules that search it, or a text it is part of, one after the
/// other.
pub fn lowered_shared(text: &str) -> Lowered<'_> {
    LOWERED_CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        let at = text.as_ptr() as usize;
        // A part of a kept text, at the same address (the same bytes there:
        // a freed text's address may hold another one now).
        for slot in &cache.slots {
            if let Some(off) = at.checked_sub(slot.at) {
                if off + text.len() <= slot.text.len()
                    && &slot.text.as_bytes()[off..off + text.len()] == text.as_bytes()
                {
                    return lowered_in(slot, text, off);
                }
            }
        }
        // The same text elsewhere: kept at its new address from now on.
        if let Some(slot) = cache
            .slots
            .iter_mut()
            .find(|s| s.text.len() == text.len() && s.text == text)
        {
            slot.at = at;
            return lowered_in(slot, text, 0);
        }
        let low = match lower_same_len(text) {
            Cow::Borrowed(_) => None,
            Cow::Owned(s) => Some(Rc::<str>::from(s)),
        };
        let found = match &low {
            None => Lowered::Text(text),
            Some(l) => Lowered::Shared(Rc::clone(l), 0..text.len()),
        };
        if cache.slots.len() < LOWERED_TEXTS {
            cache.slots.push(LoweredText {
                at,
                text: text.to_string(),
                low,
            });
        } else {
            let next = cache.next;
            let slot = &mut cache.slots[next];
            slot.at = at;
            slot.text.clear();
            slot.text.push_str(text);
            slot.low = low;
            cache.next = (next + 1) % LOWERED_TEXTS;
        }
        found
    })
}

/// `text` with every char replaced by [`lower_char`]: the same length and
/// char boundaries. Borrowed when nothing changes.
pub fn lower_same_len(text: &str) -> Cow<'_, str> {
    let first = text.char_indices().find(|&(_, c)| {
        if c.is_ascii() {
            c.is_ascii_uppercase()
        } else {
            lower_char(c) != c
        }
    });
    let Some((at, _)) = first else {
        return Cow::Borrowed(text);
    };
    let mut out = String::with_capacity(text.len());
    out.push_str(&text[..at]);
    // ASCII bytes (spaces, digits, punctuation, most letters) one by one,
    // without decoding them as chars.
    let bytes = text.as_bytes();
    let mut i = at;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii() {
            out.push(char::from(b.to_ascii_lowercase()));
            i += 1;
        } else {
            let c = text[i..].chars().next().expect("a char starts here");
            out.push(lower_char(c));
            i += c.len_utf8();
        }
    }
    debug_assert_eq!(out.len(), text.len());
    Cow::Owned(out)
}

/// The chars [`lower_char`] changes.
static CHANGED_BY_LOWERING: once_cell::sync::Lazy<ClassUnicode> =
    once_cell::sync::Lazy::new(|| {
        ClassUnicode::new(LOWERING.iter().map(|&(c, _)| ClassUnicodeRange::new(c, c)))
    });

/// A class that holds the lowered form of every member of `c`: its exact
/// image under [`lower_char`] (`[Ạạ]` is `ạ`), or `c` with that image
/// added when that has fewer ranges (a class of all letters but a few
/// stays as it is: without its capitals it would be cut in hundreds of
/// pieces).
fn lowered_class(c: &ClassUnicode) -> ClassUnicode {
    let mut changed = c.clone();
    changed.intersect(&CHANGED_BY_LOWERING);
    if changed.ranges().is_empty() {
        return c.clone();
    }
    // The changed members' images, read from the table of changed chars.
    let images = ClassUnicode::new(changed.ranges().iter().flat_map(|r| {
        let from = LOWERING.partition_point(|&(c, _)| c < r.start());
        LOWERING[from..]
            .iter()
            .take_while(|&&(c, _)| c <= r.end())
            .map(|&(_, l)| ClassUnicodeRange::new(l, l))
    }));
    let mut image = c.clone();
    image.difference(&CHANGED_BY_LOWERING);
    image.union(&images);
    let mut with_image = c.clone();
    with_image.union(&images);
    if image.ranges().len() <= with_image.ranges().len() {
        image
    } else {
        with_image
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn searches_through_the_fast_path_leave_the_plain_regex_unbuilt() {
        let p = Pattern::unbuilt(r"\bcần\s+(?P<verb>\pL+)".to_string());
        assert!(p.is_match("Phòng Nội vụ cần rà soát"));
        assert!(!p.is_match("Phòng Nội vụ cầne rà soát"));
        let found: Vec<&str> = p
            .find_iter("Sở cần làm; Phòng cần báo cáo")
            .map(|m| m.as_str())
            .collect();
        assert_eq!(found, ["cần làm", "cần báo"]);
        assert!(p.regex.get().is_none(), "a search built the plain regex");
        // Captures come from the rule's NFA with groups, on the match alone.
        let caps = p.captures("Sở cần làm").expect("captures");
        assert_eq!(&caps["verb"], "làm");
        assert_eq!(&caps[1], "làm");
        assert_eq!(caps.name("verb").map(|m| m.range()), Some(11..15));
        assert_eq!(
            caps.capture_names().collect::<Vec<_>>(),
            [None, Some("verb")]
        );
        assert!(p.regex.get().is_none(), "captures built the plain regex");
    }

    /// Lines and paragraphs of the corpus notices, raw and normalized, plus
    /// edge cases: every haystack the stages hand to a rule looks like these.
    fn haystacks() -> Vec<String> {
        let rules = crate::rules::shared_for_tests();
        let mut out: Vec<String> = [
            "",
            " ",
            "trước ngày 30/6/2024",
            "Trong năm 2024 và những năm tiếp theo; định kỳ hằng tháng.",
            "quý IV/2025, quý 4 năm 2017, tháng 6 - 7 năm 2024, 1 tuần/lần",
            "ngày 5 hàng tháng, Thứ ba, 06/09/2022 14:25 ÀÁ ①② ٣٤",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        for dir in ["corpus", "tests/dev/corpus"] {
            let mut paths: Vec<_> = std::fs::read_dir(root.join(dir))
                .into_iter()
                .flatten()
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .collect();
            paths.sort();
            for p in paths {
                let text = std::fs::read_to_string(&p).expect("corpus file");
                let n = crate::normalize::normalize(&text, rules);
                out.extend(n.key.split('\n').map(str::to_string));
                out.extend(text.lines().map(str::to_string));
                out.push(n.key.clone());
            }
        }
        out
    }

    fn ranges(it: impl Iterator<Item = Range<usize>>) -> Vec<Range<usize>> {
        it.collect()
    }

    #[test]
    fn every_rule_finds_what_the_plain_regex_finds() {
        let rules = crate::rules::shared_for_tests();
        let hay = haystacks();
        let mut fast = 0;
        for (name, p) in rules.regex_sections() {
            fast += usize::from(p.fast().is_some());
            let re = p.regex();
            for h in &hay {
                assert_eq!(
                    ranges(p.find_iter(h).map(|m| m.range())),
                    ranges(re.find_iter(h).map(|m| m.range())),
                    "{name} on {h:?}"
                );
                assert_eq!(p.is_match(h), re.is_match(h), "{name} on {h:?}");
                // Captures of a rule with a fast path come from its NFA with
                // groups searched on the match alone ([`GroupEngine`]).
                let ours = |c: Captures| -> Vec<Option<Range<usize>>> {
                    c.iter().map(|m| m.map(|m| m.range())).collect()
                };
                let plain = |c: regex::Captures| -> Vec<Option<Range<usize>>> {
                    c.iter().map(|m| m.map(|m| m.range())).collect()
                };
                assert_eq!(
                    p.captures_iter(h).map(ours).collect::<Vec<_>>(),
                    re.captures_iter(h).map(plain).collect::<Vec<_>>(),
                    "{name} on {h:?}"
                );
                for c in p.captures_iter(h) {
                    let names: Vec<Option<&str>> = c.capture_names().collect();
                    assert_eq!(names, re.capture_names().collect::<Vec<_>>(), "{name}");
                }
                if let Some(m) = re.find(h).filter(|m| m.start() == 0) {
                    assert_eq!(p.find_at_start(h).map(|m| m.range()), Some(m.range()));
                } else {
                    assert!(p.find_at_start(h).is_none(), "{name} on {h:?}");
                }
                assert_eq!(
                    p.split(h).collect::<Vec<_>>(),
                    re.split(h).collect::<Vec<_>>(),
                    "{name} on {h:?}"
                );
            }
        }
        // The deadline finders and others with \b must take the fast path.
        assert!(fast >= 10, "only {fast} rules have a fast path");
    }

    /// A big section's superset compiled in groups of its rules finds, from
    /// every place, the same leftmost start as the one superset, also when
    /// the groups' starts are kept from one search to the next.
    #[test]
    fn a_section_split_in_groups_finds_the_same_starts_as_one_superset() {
        let rules = crate::rules::shared_for_tests();
        let hay = haystacks();
        let build = |h: &Hir| meta::Builder::new().build_from_hir(h).expect("superset");
        for name in ["deadline_period", "deadline_date", "deadline_not"] {
            let hir = regex_syntax::ParserBuilder::new()
                .case_insensitive(true)
                .build()
                .parse(rules.regex(name).as_str())
                .expect("rule");
            let superset = superset_of(&hir, true);
            let whole = build(&superset);
            let plain = rules.regex(name).regex();
            for limit in [300, GROUP_WEIGHT] {
                let parts = rule_groups(&hir, true, limit);
                assert!(parts.len() > 1, "{name} is not split at {limit}");
                let fast = Fast::from_parts(&parts, true).expect("fast path");
                for h in &hay {
                    let low = lower_same_len(h);
                    let mut starts = Vec::new();
                    let mut at = 0;
                    loop {
                        let input = Input::new(&*low).span(at..low.len());
                        let expected = whole.search(&input).map(|m| m.start());
                        let got = fast.next_start(&low, at, &mut starts, Superset::start);
                        assert_eq!(got, expected, "{name} at {at} of {h:?}");
                        let Some(p) = expected else { break };
                        at = p + h[p..].chars().next().map_or(1, char::len_utf8);
                        if at > h.len() {
                            break;
                        }
                    }
                }
                // The rule searched anchored group by group, one PikeVM
                // cache for all groups: the plain regex's matches.
                let p = Pattern::unbuilt_lowered(rules.regex(name).as_str().to_string());
                p.fast.set(Some(Arc::new(fast))).expect("unset");
                for h in &hay {
                    assert_eq!(
                        ranges(p.find_iter(h).map(|m| m.range())),
                        ranges(plain.find_iter(h).map(|m| m.range())),
                        "{name} at {limit} on {h:?}"
                    );
                    assert_eq!(p.is_match(h), plain.is_match(h), "{name} on {h:?}");
                }
            }
        }
        let small = regex_syntax::parse(r"\bx\b|\by\b").unwrap();
        assert_eq!(
            rule_groups(&small, true, GROUP_WEIGHT).len(),
            1,
            "kept whole"
        );
    }

    #[test]
    fn find_at_and_captures_at_respect_the_start() {
        let rules = crate::rules::shared_for_tests();
        let p = rules.regex("deadline_period");
        let h = "trong năm 2024, trong tháng 6 và trong quý IV";
        for start in (0..=h.len()).filter(|&i| h.is_char_boundary(i)) {
            assert_eq!(
                p.find_at(h, start).map(|m| m.range()),
                p.regex().find_at(h, start).map(|m| m.range()),
                "from {start}"
            );
            assert_eq!(
                p.captures_at(h, start)
                    .and_then(|c| c.get(0))
                    .map(|m| m.range()),
                p.regex()
                    .captures_at(h, start)
                    .and_then(|c| c.get(0))
                    .map(|m| m.range()),
                "from {start}"
            );
        }
    }

    #[test]
    fn a_match_at_the_start_is_the_leftmost_one_when_it_starts_there() {
        let rules = crate::rules::shared_for_tests();
        for name in [
            "deadline_period",
            "deadline_date",
            "deadline_recurring",
            "lead_in",
        ] {
            let p = rules.regex(name);
            for h in haystacks() {
                let leftmost = p
                    .regex()
                    .find(&h)
                    .filter(|m| m.start() == 0)
                    .map(|m| m.range());
                assert_eq!(
                    p.find_at_start(&h).map(|m| m.range()),
                    leftmost,
                    "{name} on {h:?}"
                );
            }
        }
    }

    /// The superset drops the upper bound of a long counted repetition; the
    /// anchored step must still hold the rule to it.
    #[test]
    fn a_long_counted_repetition_keeps_its_bound() {
        let p = Pattern::new(regex::Regex::new(r"(?i)^[^.;]{0,12}\bcần\b").unwrap());
        assert!(p.fast().is_some());
        assert!(p.is_match("Các sở cần rà soát"));
        assert!(!p.is_match("Các sở, ngành cần rà soát"), "13 chars before");
        assert!(!p.is_match("Sở. Cần rà soát"), "a period in between");
        let widened = superset_of(&regex_syntax::parse(r"[^.;]{0,120}x").unwrap(), false);
        assert!(
            !widened.to_string().contains("120"),
            "not widened: {widened}"
        );
        let kept = superset_of(&regex_syntax::parse(r"\d{1,3}").unwrap(), false);
        assert!(
            kept.to_string().contains('3'),
            "a short range is kept: {kept}"
        );
    }

    /// A lazy DFA counting `[^.;]{0,120}` held over a megabyte of cache per
    /// thread after the corpus notices, and every thread holds its own: the
    /// superset's unbounded repetition holds a small fraction of it.
    #[test]
    fn a_long_counted_repetition_costs_no_counting_states() {
        let rules = crate::rules::shared_for_tests();
        let hay = haystacks();
        let texts: Vec<&str> = hay.iter().map(String::as_str).collect();
        let source = r"(?i)^[^.;]{0,120}\b(?:cần|phải|có\s+trách\s+nhiệm)\b";
        let p = Pattern::new(regex::Regex::new(source).unwrap());
        let bytes = p.cache_memory_after(&texts);
        assert!(bytes < 400_000, "{bytes} bytes of cache");
        let modal = rules.regex("task_modal").cache_memory_after(&texts);
        assert!(modal < 400_000, "task_modal: {modal} bytes of cache");
    }

    /// The deadline finders' supersets read the text lowered: the same
    /// matches, `(?-i:…)` parts still case-sensitive, and a smaller cache.
    #[test]
    fn a_lowered_superset_finds_the_same_with_a_smaller_cache() {
        for c in (0..0x11_0000u32).filter_map(char::from_u32) {
            let l = lower_char(c);
            assert_eq!(l.len_utf8(), c.len_utf8(), "{c:?}");
            assert_eq!(lower_char(l), l, "{c:?}");
        }
        assert_eq!(lower_same_len("TRƯỚC Ngày ĐẦU Quý"), "trước ngày đầu quý");
        assert!(matches!(lower_same_len("trước ngày 5"), Cow::Borrowed(_)));
        let p = Pattern::unbuilt_lowered(r"\b(?:trước|sau)\s+(?-i:Giải|Lễ)\b".to_string());
        assert!(p.fast().is_some(), "the lowered superset is searched");
        let text = "trước giải; TRƯỚC Giải, Sau Lễ hội, sau lễ";
        let found: Vec<&str> = p.find_iter(text).map(|m| m.as_str()).collect();
        assert_eq!(found, ["TRƯỚC Giải", "Sau Lễ"]);
        let lowered = lower_same_len(text);
        let again: Vec<&str> = p
            .find_iter_lowered(text, &lowered)
            .map(|m| m.as_str())
            .collect();
        assert_eq!(found, again);
        assert!(!p.is_match("trước giải"));
        let rules = crate::rules::shared_for_tests();
        let hay = haystacks();
        let texts: Vec<&str> = hay.iter().map(String::as_str).collect();
        let source = rules.regex("deadline_date").as_str().to_string();
        let plain = Pattern::unbuilt(source.clone()).cache_memory_after(&texts);
        let lowered = Pattern::unbuilt_lowered(source).cache_memory_after(&texts);
        assert!(
            lowered < plain,
            "{lowered} bytes of cache, {plain} unlowered"
        );
    }

    /// A thread lowers a text once for every lowered rule that searches it:
    /// the copy it keeps is the text's own lowering, never another text's.
    #[test]
    fn the_lowering_tables_agree_with_unicode() {
        for c in (0..0x11_0000u32).filter_map(char::from_u32) {
            assert_eq!(lower_char(c), lower_char_slow(c), "{c:?}");
        }
    }

    #[test]
    fn a_part_of_a_lowered_text_is_read_from_it() {
        let notice = String::from("Giao Sở Nội Vụ chủ trì; Sở Tài Chính phối hợp");
        let whole = lowered_shared(&notice);
        assert_eq!(&*whole, lower_same_len(&notice).as_ref());
        let at = notice.find("Sở Tài").unwrap();
        let part = &notice[at..];
        let low = lowered_shared(part);
        assert_eq!(&*low, "sở tài chính phối hợp");
        match (whole, low) {
            (Lowered::Shared(a, _), Lowered::Shared(b, r)) => {
                assert!(Rc::ptr_eq(&a, &b));
                assert_eq!(r, at..notice.len());
            }
            other => panic!("not shared: {other:?}"),
        }
        // Another text at a kept text's address is lowered anew.
        let mut reused = notice;
        reused.replace_range(0..4, "GIAO");
        assert_eq!(&*lowered_shared(&reused), lower_same_len(&reused).as_ref());
        assert_eq!(
            &*lowered_shared(&reused[5..]),
            lower_same_len(&reused[5..]).as_ref()
        );
    }

    #[test]
    fn a_text_lowered_once_is_shared_and_never_mixed_up() {
        let texts = [
            "Sở Nội Vụ",
            "sở nội vụ",
            "SỞ NỘI VỤ",
            "Phòng A",
            "x",
            "Sở Nội Vụ",
        ];
        for _ in 0..3 {
            for t in texts.iter().chain(texts.iter().rev()) {
                let shared = lowered_shared(t);
                assert_eq!(&*shared, lower_same_len(t).as_ref(), "{t:?}");
            }
        }
        let a = lowered_shared("Trước Ngày 5");
        let b = lowered_shared("Trước Ngày 5");
        match (a, b) {
            (Lowered::Shared(a, _), Lowered::Shared(b, _)) => assert!(Rc::ptr_eq(&a, &b)),
            other => panic!("not shared: {other:?}"),
        }
        assert!(matches!(lowered_shared("trước ngày 5"), Lowered::Text(_)));
    }

    /// `\w` and `\pL` are cut by hundreds of Unicode ranges
    /// into as many byte classes per DFA state; the superset keeps every
    /// member, decides ASCII and the Vietnamese letters exactly, and has only
    /// a handful of ranges left.
    #[test]
    fn a_large_unicode_class_is_widened_outside_the_letters() {
        for source in [r"\w", r"\pL", r"[\w\s]"] {
            let Class::Unicode(original) = (match regex_syntax::parse(source).unwrap().into_kind() {
                HirKind::Class(c) => c,
                other => panic!("{source}: {other:?}"),
            }) else {
                panic!("{source}: not a Unicode class");
            };
            let wide = widen_class(&original);
            assert!(original.ranges().len() > WIDEN_CLASS_RANGES, "{source}");
            assert!(
                wide.ranges().len() <= 2 * WIDEN_CLASS_RANGES,
                "{source}: {wide:?}"
            );
            let member = |c: &ClassUnicode, ch: char| {
                c.ranges().iter().any(|r| r.start() <= ch && ch <= r.end())
            };
            for ch in "aZ09 .;,()\nđĐăâêôơưạảãáàệỹ\u{301}中Жא".chars() {
                let inside_letters =
                    (ch as u32) < 0x80 || LETTERS.iter().any(|&(a, b)| a <= ch && ch <= b);
                if member(&original, ch) {
                    assert!(member(&wide, ch), "{source}: {ch:?} lost");
                } else if inside_letters {
                    assert!(!member(&wide, ch), "{source}: {ch:?} gained");
                }
            }
        }
        let small = regex_syntax::parse("[à-ỹ]").unwrap();
        assert_eq!(superset_of(&small, false), small, "a small class is kept");
    }
}
