#!/usr/bin/env node
// Annotation helper for the development gold (see README, Development gold): drafts in ../annot/drafts/BATCH
// (or $ISNAD_DRAFTS) name quotes and mentions by text; this tool turns them into offsets and checks them.
//   node tool.mjs show ID            article text (line by line, with each line's start offset) + every quotation mark
//   node tool.mjs find ID TEXT       numbered word-bounded occurrences of TEXT (a clitic و ف ب ل ك before it is allowed)
//   node tool.mjs build BATCH        drafts/BATCH/*.json -> ${root}/test/devgold/batches/BATCH.gold.json (+ checks)
//   node tool.mjs review BATCH       prints the built batch as text for a reviewer
import fs from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
const root=resolve(dirname(fileURLToPath(import.meta.url)),'..');
/** The folder of a batch: fresh-* and sealed-* are the evaluation slices, the rest batches/. */
const slot=(batch)=>batch.startsWith('fresh')?'fresh':batch.startsWith('sealed')?'sealed':'batches';
const shared=resolve(root,'..','shared');
const drafts=process.env.ISNAD_DRAFTS ?? resolve(root,'..','annot','drafts');
const arts=new Map();
for (const c of ['snn-dev','pan-dev']) for (const l of fs.readFileSync(`${shared}/corpus/${c}/articles.jsonl`,'utf8').trim().split('\n')) { const a=JSON.parse(l); a.corpus=c; arts.set(a.id,a); }
const MARKS='«»“”„‟"‹›';
const isLetter=ch=>ch!==undefined && /[\p{L}\p{M}\u0640]/u.test(ch);
function occurrences(text, s){
  const out=[]; let i=-1;
  while((i=text.indexOf(s,i+1))!==-1){
    const after=text[i+s.length];
    if (isLetter(after)) continue;
    // look back over up to 3 clitic letters
    let j=i-1, pre='';
    while(j>=0 && isLetter(text[j]) && pre.length<3){ pre=text[j]+pre; j--; }
    if (pre && (isLetter(text[j]) || !/^[وفبلك]{1,3}$/.test(pre.replace(/ـ/g,'')) && !/^(وال|بال|فال|لل|ال)$/.test(pre))) continue;
    out.push({start:i,end:i+s.length,pre});
  }
  return out;
}
function ctx(text,s,e,n=30){return (text.slice(Math.max(0,s-n),s)+'⟦'+text.slice(s,e)+'⟧'+text.slice(e,e+n)).replace(/\n/g,'⏎');}
const fileName=id=>id.replace('#','_')+'.txt';
const [cmd,...rest]=process.argv.slice(2);
if(cmd==='show'){
  const a=arts.get(rest[0]); if(!a) throw new Error('no such id');
  const t=a.content;
  console.log(`id ${a.id}  source ${a.source}${a.topic?' / '+a.topic:''}  length ${t.length}  astral ${/[\u{10000}-\u{10FFFF}]/u.test(t)}`);
  console.log('title (not part of the text):',a.title);
  let off=0; for(const line of t.split('\n')){ console.log(`[${off}] ${line}`); off+=line.length+1; }
  console.log('\nquotation marks:');
  for(let i=0;i<t.length;i++) if(MARKS.includes(t[i])) console.log(`  ${i} ${t[i]}  ${ctx(t,i,i+1,25)}`);
} else if(cmd==='find'){
  const a=arts.get(rest[0]); const t=a.content;
  occurrences(t,rest[1]).forEach((o,k)=>console.log(`${k+1}: [${o.start},${o.end}]${o.pre?' clitic '+o.pre:''}  ${ctx(t,o.start,o.end)}`));
} else if(cmd==='build'){
  const batch=rest[0]; const dir=`${drafts}/${batch}`; const docs=[]; let problems=0;
  const warn=(id,m)=>{problems++;console.log(`${id}: ${m}`)};
  for(const f of fs.readdirSync(dir).filter(f=>f.endsWith('.json')).sort()){
    const d=JSON.parse(fs.readFileSync(`${dir}/${f}`,'utf8')); const a=arts.get(d.id); if(!a){warn(f,'unknown id');continue}
    const t=a.content; const quotes=[]; const used=new Map();
    for(const q of d.quotes??[]){
      let s; if(Number.isInteger(q.start)) s=q.start; else { const all=[]; let i=-1; while((i=t.indexOf(q.text,i+1))!==-1) all.push(i); const n=q.nth??1; if(all.length<n){warn(d.id,`quote not found: ${q.text}`);continue} if(all.length>1&&q.nth===undefined) warn(d.id,`quote text occurs ${all.length} times, say nth: ${q.text.slice(0,40)}`); s=all[n-1]; }
      const e=s+q.text.length; if(t.slice(s,e)!==q.text){warn(d.id,`quote text mismatch at ${s}`);continue}
      if(!MARKS.includes(t[s])||!MARKS.includes(t[e-1])) warn(d.id,`quote does not start and end with a mark: ${q.text.slice(0,30)}`);
      if(!['speech','term'].includes(q.kind)) warn(d.id,`bad kind ${q.kind}`);
      if(q.kind==='term'&&q.speaker) warn(d.id,`term with speaker: ${q.text.slice(0,30)}`);
      if(q.kind==='speech'&&q.speaker){ const sp=q.speaker; if(!['person','organization','anonymous'].includes(sp.type)) warn(d.id,`bad speaker type ${sp.type}`); for(const al of sp.aliases??[]) if(!t.includes(al)) warn(d.id,`alias not in text: ${al}`); if(!t.includes(sp.name)) warn(d.id,`speaker name not in text: ${sp.name}`); }
      quotes.push({start:s,end:e,kind:q.kind,speaker:q.kind==='speech'?(q.speaker??null):null});
    }
    quotes.sort((x,y)=>x.start-y.start||y.end-x.end);
    for(let i=1;i<quotes.length;i++) if(quotes[i].start===quotes[i-1].start) warn(d.id,`duplicate quote at ${quotes[i].start}`);
    const unpaired=(d.unpaired??[]).map(u=>{ if(Number.isInteger(u)) return u; const i=t.indexOf(u.context); if(i<0){warn(d.id,`unpaired context not found ${u.context}`);return -1} const k=u.context.indexOf(u.mark); return i+k; }).filter(x=>x>=0);
    for(const u of unpaired) if(!MARKS.includes(t[u])) warn(d.id,`unpaired offset ${u} is not a mark`);
    // every mark must be in a quote boundary or unpaired
    const bounds=new Set(); for(const q of quotes){bounds.add(q.start);bounds.add(q.end-1)} for(const u of unpaired) bounds.add(u);
    for(let i=0;i<t.length;i++) if(MARKS.includes(t[i])&&!bounds.has(i)) warn(d.id,`mark ${t[i]} at ${i} is in no quote and not unpaired: ${ctx(t,i,i+1,20)}`);
    const people=[]; const taken=new Map();
    for(const p of d.people??[]){
      const ms=[];
      for(const m of p.mentions??[]){
        if(Array.isArray(m)){ms.push(m);continue}
        const occ=occurrences(t,m.text); if(!occ.length){warn(d.id,`mention not found: ${m.text}`);continue}
        const pick=m.nth==='all'||m.nth===undefined?occ.map((_,k)=>k+1):[].concat(m.nth);
        if(m.nth===undefined&&occ.length>1) warn(d.id,`mention "${m.text}" occurs ${occ.length} times; nth not given, taking all`);
        for(const k of pick){ if(!occ[k-1]){warn(d.id,`mention ${m.text} has no occurrence ${k}`);continue} ms.push([occ[k-1].start,occ[k-1].end]); }
      }
      ms.sort((x,y)=>x[0]-y[0]);
      for(const [s,e] of ms){ for(const [k,v] of taken) { const [ks,ke]=k.split(',').map(Number); if(s<ke&&ks<e) warn(d.id,`mention [${s},${e}] ${t.slice(s,e)} overlaps [${ks},${ke}] of ${v}`);} taken.set(`${s},${e}`,p.name); }
      if(!t.includes(p.name)) warn(d.id,`person name not in text: ${p.name}`);
      people.push({name:p.name,mentions:ms});
    }
    docs.push({file:fileName(d.id),id:d.id,corpus:a.corpus,quotes,unpaired,people,notes:d.notes??''});
  }
  const outDir=`${root}/test/devgold/${slot(batch)}`; fs.mkdirSync(outDir,{recursive:true});
  fs.writeFileSync(`${outDir}/${batch}.gold.json`,JSON.stringify({name:batch,documents:docs},null,1)+'\n');
  console.log(`${batch}: ${docs.length} documents, ${docs.reduce((n,d)=>n+d.quotes.length,0)} quotes, ${docs.reduce((n,d)=>n+d.quotes.filter(q=>q.kind==='speech').length,0)} speech, ${docs.reduce((n,d)=>n+d.people.reduce((m,p)=>m+p.mentions.length,0),0)} mentions; ${problems} problems`);
} else if(cmd==='review'){
  const g=JSON.parse(fs.readFileSync(`${root}/test/devgold/${slot(rest[0])}/${rest[0]}.gold.json`,'utf8'));
  for(const d of g.documents){ const t=arts.get(d.id).content; if(rest[1]&&d.id!==rest[1]) continue;
    console.log(`\n=== ${d.id}`);
    for(const q of d.quotes) console.log(`Q [${q.start},${q.end}] ${q.kind} ${q.speaker?q.speaker.type+': '+q.speaker.name:''}  ${t.slice(q.start,q.end).slice(0,80).replace(/\n/g,'⏎')}`);
    for(const p of d.people) console.log(`P ${p.name}: ${p.mentions.map(([s,e])=>t.slice(s,e)+'@'+s).join(' | ')}`);
    if(d.unpaired.length) console.log('unpaired',d.unpaired);
    if(d.notes) console.log('notes',d.notes);
  }
} else { console.log('usage: show ID | find ID TEXT | build BATCH | review BATCH'); }
