// Demo content for Spoonpress: the "Spoon Notes" blog by the fictional author Maren Holt.
// Plain typed data only — the seeding code that inserts it lives elsewhere.
// All prose is original to this project. Facts about the memantine trial and its
// reference list are cited from the published literature.

export type SeedCategory = {
  name: string
  slug: string
  description?: string
  children?: SeedCategory[]
}

export type SeedComment = {
  key: string
  replyTo?: string
  authorName: string
  authorEmail: string
  authorUrl?: string
  isPostAuthor?: boolean
  body: string
  createdAt: string /* ISO 8601 with Z */
}

export type SeedPost = {
  title: string
  slug: string
  publishedAt: string
  updatedAt?: string
  lastReviewedAt?: string
  changeNote?: string
  excerpt: string
  bodyHtml: string
  keyPoints?: string[]
  categories: string[] /* category slugs, FIRST = primary category (breadcrumbs) */
  tags: string[] /* tag names from seedTags */
  isAffiliate?: boolean
  isSticky?: boolean
  commentsClosed?: boolean
  comments?: SeedComment[]
}

export type SeedPage = {
  title: string
  slug: string
  parentSlug?: string
  menuOrder?: number
  bodyHtml: string
}

export type SeedMenuItem = {
  label: string
  kind: 'page' | 'category' | 'custom'
  target: string /* page: the page slug; category: category slug; custom: URL */
  children?: SeedMenuItem[]
}

// ---------------------------------------------------------------------------
// Author and site
// ---------------------------------------------------------------------------

export const seedAuthor: {
  name: string
  email: string
  slug: string
  tagline: string
  bio: string /* 2 short paragraphs, plain text with \n\n between */
} = {
  name: 'Maren Holt',
  email: 'maren@example.com',
  slug: 'maren-holt',
  tagline: 'Spoonie. Former librarian. Collector of small comforts.',
  bio:
    'Maren Holt spent fifteen years behind the reference desk of a small county library before fibromyalgia, migraine and endometriosis rearranged her plans. Migraines arrived when she was fourteen; endometriosis was finally named in 2009, and fibromyalgia followed in 2012.' +
    '\n\n' +
    'She lives in a small river town with her husband, Daniel, and an elderly cat called Biscuit. She started Spoon Notes in 2014 to keep track of what she was learning, and kept going because readers wrote back. She believes in good questions, realistic hope and naps without guilt.',
}

export const seedSite: {
  title: string
  tagline: string
  disclaimer: string
  copyright: string
  privacyNote: string
  greetingNew: string
  greetingReturning: string
  affiliateNotice: string
  spoonTheoryCredit: string
  authorQuote: string
} = {
  title: 'Spoon Notes',
  tagline: 'Gentle notes on living well with chronic illness',
  disclaimer:
    "I'm not a doctor, nurse or pharmacist. I'm a former librarian who lives with chronic illness and reads a great deal. Everything here is my own experience and my own research notes, not medical advice. Bodies differ, and what has helped me may not suit you, so please talk with your own doctor before you start, stop or change any treatment, supplement or exercise.",
  copyright:
    'All writing and images on Spoon Notes are © Maren Holt unless marked otherwise. You are welcome to quote a short excerpt of no more than 75 words, as long as you name me as the author and link back to the original post. Please ask before republishing anything longer; the Terms of Service page has the details.',
  privacyNote:
    'Spoon Notes respects your privacy. If you leave a comment or join the newsletter, your details stay here: they are never sold, rented or passed to anyone else without your clear permission, and I have no plans to ever ask.',
  greetingNew:
    "Hello, and welcome! It looks like this might be your first visit, so let me introduce myself. I'm Maren Holt, a former librarian living with fibromyalgia, migraine and endometriosis in a small river town. Here I share what I've learned about living gently and well with chronic illness, from pacing and sleep to making sense of new research. If you'd like to keep in touch, subscribe to the newsletter and new posts will arrive in your inbox. I'm really glad you found your way here.",
  greetingReturning:
    "Welcome back, it's lovely to see you again. Pour yourself something warm and settle in. If you haven't already, subscribe to the newsletter and I'll let you know whenever there's a new post (plus the occasional small extra I only send to subscribers).",
  affiliateNotice:
    'Just a heads up: this post contains affiliate links. If you buy something through one of them, I may earn a small commission at no extra cost to you. I only mention things I have used myself, and a commission never changes what I say about them.',
  spoonTheoryCredit:
    'The name Spoon Notes is a nod to The Spoon Theory by Christine Miserandino, whose handful of spoons gave so many of us a way to explain living on a strictly limited supply of energy.',
  authorQuote: 'My illness sets the pace, but I still choose the direction.',
}

// ---------------------------------------------------------------------------
// Taxonomy
// ---------------------------------------------------------------------------

export const seedCategories: SeedCategory[] = [
  {
    name: 'Conditions',
    slug: 'conditions',
    description: 'Notes on the diagnoses I live with, and what I have learned about each one.',
    children: [
      {
        name: 'Fibromyalgia',
        slug: 'fibromyalgia',
        description: 'Widespread pain, fog and fatigue: my experience of fibromyalgia since 2012.',
        children: [
          {
            name: 'Fibro Warriors',
            slug: 'fibro-warriors',
            description: 'Stories from readers who live with fibromyalgia, told in their own way.',
          },
        ],
      },
      {
        name: 'Migraine',
        slug: 'migraine',
        description: 'Dark rooms, go-bags and the long game of living with migraine.',
      },
      {
        name: 'Endometriosis',
        slug: 'endometriosis',
        description: 'The slow road to a diagnosis, and life with endometriosis afterwards.',
      },
    ],
  },
  {
    name: 'Medical Studies',
    slug: 'medical-studies',
    description: 'Research papers read closely and explained in plain language, caveats included.',
  },
  {
    name: 'Treatment',
    slug: 'treatment',
    description: 'What I have tried, what I noticed, and the questions I took back to my doctors.',
    children: [
      {
        name: 'Diet and Nutrition',
        slug: 'diet-and-nutrition',
        description: 'Food experiments, kitchen shortcuts and eating well on low-energy days.',
      },
      {
        name: 'Medications',
        slug: 'medications',
        description: 'Thoughts on prescriptions and the research behind them, never a recommendation.',
      },
    ],
  },
  {
    name: 'Coping',
    slug: 'coping',
    description: 'The everyday craft of getting through, and sometimes enjoying, a life with limits.',
    children: [
      {
        name: 'Tips & Tricks',
        slug: 'tips-tricks',
        description: 'Small practical habits that save me spoons.',
      },
      {
        name: 'Inspiration',
        slug: 'inspiration',
        description: 'Books, small joys and Sunday thoughts for the days that need a lift.',
      },
    ],
  },
  {
    name: 'Relationships',
    slug: 'relationships',
    description: 'How chronic illness changes the people around us, and how love adapts.',
    children: [
      {
        name: 'Fibro and Marriage',
        slug: 'fibro-and-marriage',
        description: 'Notes from a marriage that has made room for three diagnoses.',
      },
      {
        name: 'Friendship',
        slug: 'friendship',
        description: 'Keeping friends, losing some and finding new ones when your energy is scarce.',
      },
    ],
  },
  {
    name: 'Warriors',
    slug: 'warriors',
    description: 'Profiles of people living full, imperfect lives alongside chronic illness.',
  },
]

export const seedTags: string[] = [
  'abdominal pain',
  'acceptance',
  'alternative therapies',
  'anxiety',
  'asking for help',
  'book review',
  'books',
  'brain fog',
  'cbd oil',
  'chronic fatigue',
  'chronic illness',
  'chronic pain',
  'communication',
  'dairy-free',
  'dealing with doctors',
  'decreasing pain',
  'decreasing stress',
  'depression',
  'diagnosis',
  'diet',
  'doctors',
  'documentary',
  'family',
  'feeling better',
  'flares',
  'food sensitivities',
  'gifts',
  'health',
  'holidays',
  'ibs',
  'interviews',
  'mental health',
  'oska',
  'pacing',
  'pain relief',
  'product review',
  'review',
  'self-compassion',
  'sensitivities',
  'sleep',
  'sleep aids',
  'stress',
  'sunday inspiration',
  'support',
  'travel',
]

// ---------------------------------------------------------------------------
// Pages
// ---------------------------------------------------------------------------

export const seedPages: SeedPage[] = [
  {
    title: 'About',
    slug: 'about',
    menuOrder: 1,
    bodyHtml: `<p>Hi, I'm Maren. For fifteen years I worked the reference desk at our county library, helping people track down everything from tax forms to the name of a half-remembered song. I loved it. Then my own body started asking questions I couldn't answer, and for a long while nobody else could either.</p>
<p>Migraines have been part of my life since I was fourteen. Endometriosis took eleven years of appointments to name, and in 2012 a rheumatologist added fibromyalgia to the list. In 2013 I left the library, which still feels like leaving home. I live in a small river town with my husband, Daniel, and Biscuit, a cat of great age and firm opinions.</p>
<p>Spoon Notes began in 2014 as a place to keep what I was learning, so I wouldn't have to learn it twice. Here you'll find plain-language notes on new research, honest accounts of what has and hasn't helped me, thoughts on marriage and friendship, and profiles of readers who live with illness in their own inventive ways.</p>
<p>If you're new, the <a href="/start-here">Start Here</a> post is a good first stop, and the <a href="/reading-list">Reading List</a> and <a href="/toolkit">Toolkit</a> pages collect the things I recommend most often to friends.</p>
<p>One thing I'll repeat often: I'm not a medical professional. I'm one person sharing her experience and her reading. Please take anything you find here to your own doctor before acting on it.</p>`,
  },
  {
    title: "What's Helped Me Most",
    slug: 'whats-helped-me-most',
    parentSlug: 'about',
    menuOrder: 1,
    bodyHtml: `<p>Readers often ask for the short version: what actually made a difference? This page is my answer, kept up to date as things change. It comes with my usual warning that one person's experience is not evidence, and that what suits my body, my diagnoses and my prescriptions may not suit yours.</p>
<p>The biggest changes for me have been the least exciting: pacing my activity, protecting my sleep, gentle movement in warm water, and a medication plan I worked out slowly with my doctor. I've written about all of them in more detail in <a href="/fibromyalgia-treatments-that-helped-me">What Has Actually Helped My Fibromyalgia (So Far)</a>.</p>
<p>The pages below cover specific things people ask me about. <a href="/my-toolkit">My ToolKit</a> is the basket of everyday objects I reach for on a hard day. I've also written neutral notes about two products readers have asked about, <a href="/vital-plan">Vital Plan</a> and <a href="/oska-pulse">Oska Pulse</a>: what they are, what I noticed, and what I'd want to check before trying them again.</p>
<p>None of this is a shopping list. If something here catches your interest, write it down and bring it to your next appointment. A good doctor won't mind the question.</p>`,
  },
  {
    title: 'ToolKit',
    slug: 'my-toolkit',
    parentSlug: 'whats-helped-me-most',
    menuOrder: 1,
    bodyHtml: `<p>Beside my end of the sofa there's a willow basket that Daniel calls "mission control." Everything in it earns its place by saving me a trip, a spoon or a bad hour. Nothing here is magic, and most of it was cheap or borrowed.</p>
<ul>
<li><strong>A microwavable heat wrap.</strong> Long enough to drape over both shoulders. I use it more than any other object I own.</li>
<li><strong>A kitchen timer.</strong> Forty-five minutes of doing, fifteen of sitting. It is the backbone of my pacing.</li>
<li><strong>A spiral notebook.</strong> Symptoms, questions for the doctor, and the thing I walked into the room to get.</li>
<li><strong>Foam earplugs and a soft eye mask.</strong> For migraine days, noisy neighbours and bright afternoons.</li>
<li><strong>A long charging cable.</strong> So the phone can reach me, instead of the other way round.</li>
<li><strong>A reacher-grabber.</strong> Dropped pills, dropped pens, dropped dignity.</li>
<li><strong>A water bottle with a straw.</strong> I drink more when I don't have to sit up to do it.</li>
</ul>
<p>My kit has changed over the years and yours will look different. If you want to build one, spend a week noticing which small tasks cost you the most, and start there.</p>
<p>A few readers have asked whether I'd recommend particular brands. I'd rather not: the cheapest version from a hardware shop or a charity shop has usually served me just as well. The basket itself came from a yard sale for two dollars, and it's my favourite thing in the room.</p>`,
  },
  {
    title: 'Vital Plan',
    slug: 'vital-plan',
    parentSlug: 'whats-helped-me-most',
    menuOrder: 2,
    bodyHtml: `<p>Vital Plan is a company that sells herbal supplement blends and offers online wellness programs aimed at people living with long-term health problems. Several readers asked me about it after seeing it mentioned in chronic illness groups, so these are my personal notes.</p>
<p>I tried one of their herbal blends for a few months in 2019. Before starting, I printed the ingredient list and went through it with my pharmacist, because herbs can interact with prescription medicines and I take several. She flagged one ingredient to ask my doctor about, which I did.</p>
<p>What did I notice? Honestly, it's hard to say. I started it during a calm stretch when I was also sleeping better and doing less, so I can't separate one change from another. I stopped when the routine of extra capsules became more bother than it seemed worth for me. That isn't a verdict on the product, just on my experience of it.</p>
<p>If you're curious, I'd suggest doing what I did: bring the full ingredient list to your doctor or pharmacist first, change one thing at a time, and keep a simple diary so you can look back honestly afterwards.</p>`,
  },
  {
    title: 'Oska Pulse',
    slug: 'oska-pulse',
    parentSlug: 'whats-helped-me-most',
    menuOrder: 3,
    bodyHtml: `<p>Oska Pulse is a small, battery-powered wearable device that uses pulsed electromagnetic field (PEMF) technology. You strap it over a sore area and run it for a set session while you sit or lie down. I wrote about it because readers kept asking, and because I'd rather give you plain notes than a sales pitch.</p>
<p>I used one on my neck and shoulders for several months, usually in the evening with a book. The thing I noticed most was the ritual: thirty minutes of being still, with permission to do nothing else. Whether the device itself changed my pain, I genuinely can't tell you. My flares come and go on their own schedule, and I'm wary of giving credit to whatever I happened to be doing that week.</p>
<p>The manufacturer lists situations in which it shouldn't be used, so please read that safety information carefully. Check with your doctor before trying it, especially if you have an implanted medical device, are pregnant, or have any condition your doctor is watching closely.</p>
<p>If you do try it, keep notes. Memory is a poor judge of gradual change, and a few lines each evening will tell you far more than my impressions can.</p>`,
  },
  {
    title: 'Contact',
    slug: 'contact',
    parentSlug: 'about',
    menuOrder: 2,
    bodyHtml: `<p>I love hearing from readers. The simplest way to reach me is by email at <a href="mailto:maren@example.com">maren@example.com</a>. I read everything, though replies can take a while; some weeks my inbox gets whatever spoons are left over, and some weeks there aren't any.</p>
<p>I can't give medical advice or comment on your personal treatment, however much I might want to help. I'm not qualified, and you deserve an answer from someone who knows your whole history. I'm always happy, though, to point you towards a post or a book that helped me.</p>
<p>If you're a brand, a publisher or an event organiser, please see <a href="/work-with-me">Work With Me</a> first. It will save us both a round of emails.</p>`,
  },
  {
    title: 'Work With Me',
    slug: 'work-with-me',
    parentSlug: 'about',
    menuOrder: 3,
    bodyHtml: `<p>I occasionally work with companies and organisations whose work genuinely serves people living with chronic illness. I'm a careful partner, partly because my readers trust me and partly because my energy is limited, so I say no far more often than yes.</p>
<p>I'm open to reviewing books about illness, disability and pain; testing practical products I would realistically use at home; writing for patient organisations; and joining online panels or podcasts that I can do from my own sofa.</p>
<p>I won't write about products that promise cures, I won't remove criticism from a review, and I won't publish sponsored content without labelling it clearly. Any post that includes affiliate links carries a notice at the top.</p>
<p>If that still sounds like a fit, email <a href="mailto:maren@example.com">maren@example.com</a> with a short description of what you have in mind and a realistic timeline. Long lead times are my friend.</p>`,
  },
  {
    title: 'Terms of Service',
    slug: 'terms-of-service',
    parentSlug: 'about',
    menuOrder: 4,
    bodyHtml: `<p>By reading or commenting on Spoon Notes, you agree to these few simple terms. I've tried to keep them short and readable.</p>
<h2>Not medical advice</h2>
<p>Everything on this site reflects my personal experience and my reading of published research. It is not medical advice and is no substitute for care from a qualified professional who knows your history.</p>
<h2>Copyright and quoting</h2>
<p>All writing and original images are © Maren Holt unless noted otherwise. You may quote a short excerpt of up to 75 words, provided you credit me by name and include a link to the original post. Republishing whole posts, or large parts of them, requires my written permission.</p>
<h2>Comments</h2>
<p>Comments are moderated. Kindness is the house rule: I remove comments that are cruel, that sell miracle cures, or that share someone else's private information. Please don't post your own sensitive medical details unless you're comfortable with them being public.</p>
<h2>Affiliate links and changes</h2>
<p>Some posts contain affiliate links, which are always disclosed at the top of the post. I may update these terms from time to time, and the current version will always live on this page.</p>`,
  },
  {
    title: 'Privacy Policy',
    slug: 'privacy-policy',
    menuOrder: 5,
    bodyHtml: `<p>Spoon Notes respects your privacy. This page explains, in plain words, what information the site keeps and why.</p>
<h2>Comments</h2>
<p>When you leave a comment, the site stores the name, email address and optional website you enter, along with the comment itself and some technical details (such as your IP address) that help keep spam away. Your email address is never shown publicly.</p>
<h2>The newsletter</h2>
<p>If you subscribe, your email address is used only to send you new posts and the occasional note from me. Every email includes a way to unsubscribe, and unsubscribing removes you from the list.</p>
<h2>Your browser</h2>
<p>The site may remember a few small things in your browser, such as whether you've visited before, so it can greet you properly. This isn't used to follow you around the web, and the site doesn't run advertising trackers.</p>
<h2>Sharing and your choices</h2>
<p>Your information is never sold, rented or given to anyone else without your explicit permission. If you'd like a comment removed or your details deleted, email <a href="mailto:maren@example.com">maren@example.com</a> and I'll take care of it.</p>`,
  },
  {
    title: 'Reading List',
    slug: 'reading-list',
    menuOrder: 6,
    bodyHtml: `<p>Once a librarian, always a librarian. These are the books about illness and pain I press into people's hands most often. I've read every one, usually a few pages at a time and often lying down. Most are available from public libraries, many as audiobooks, which are a gift on foggy days.</p>
<ul>
<li><strong><em>How to Be Sick</em> by Toni Bernhard.</strong> The book that taught me being ill and being at peace aren't opposites.</li>
<li><strong><em>The Invisible Kingdom</em> by Meghan O'Rourke.</strong> A searching, beautifully reported look at why so many chronic illnesses go unseen by medicine.</li>
<li><strong><em>The Sound of a Wild Snail Eating</em> by Elisabeth Tova Bailey.</strong> A tiny, luminous book about watching a snail from a sickbed. Perfect for low-energy reading.</li>
<li><strong><em>Ask Me About My Uterus</em> by Abby Norman.</strong> An angry, funny, necessary memoir about being disbelieved, which many of us with endometriosis will recognise.</li>
<li><strong><em>Migraine</em> by Oliver Sacks.</strong> Dense in places, but full of the curiosity and respect for patients that made Sacks so readable.</li>
<li><strong><em>The Pain Chronicles</em> by Melanie Thernstrom.</strong> Part history, part science, part memoir: a wide-ranging tour of how people have understood pain.</li>
<li><strong><em>Explain Pain</em> by David Butler and Lorimer Moseley.</strong> An illustrated, approachable introduction to how the nervous system produces pain. My physical therapist lent me her copy.</li>
<li><strong><em>Illness as Metaphor</em> by Susan Sontag.</strong> A short, sharp essay about the stories we tell about sickness, and why they matter.</li>
</ul>
<p>I haven't included books that promise a cure or a single answer. Good books about illness, in my experience, make you feel less alone and more curious, not more pressured.</p>
<p>Have a book that belongs here? Tell me in the comments on any post or <a href="/contact">drop me a line</a>. I'm always adding to my to-read pile.</p>`,
  },
  {
    title: 'Toolkit',
    slug: 'toolkit',
    menuOrder: 7,
    bodyHtml: `<p>This page gathers the simple planning tools I use most, written out so you can copy them into a notebook or onto the back of an envelope. None of them need an app, a subscription or a good day.</p>
<h2>A spoon budget for one day</h2>
<ol>
<li>Before getting up, choose a realistic number of spoons for today.</li>
<li>List the things that must happen, and give each a rough spoon price.</li>
<li>Keep at least one spoon unplanned for surprises.</li>
<li>Put thinking tasks in your clearest hours and autopilot tasks later.</li>
</ol>
<p>There's more on this in <a href="/budgeting-spoons">How I Budget My Spoons on a Hard Week</a>.</p>
<h2>An appointment one-pager</h2>
<ul>
<li>My three most important questions, in order.</li>
<li>What has changed since my last visit, with rough dates.</li>
<li>Current medications and supplements, with doses.</li>
<li>What I'd like to leave knowing or having.</li>
</ul>
<p>I explain how I use it in <a href="/preparing-for-appointments">How I Prepare for Appointments When My Brain Is Foggy</a>.</p>
<h2>A flare plan</h2>
<ul>
<li>Who to tell, and what I'd like them to do.</li>
<li>Meals that need no cooking, and where they are.</li>
<li>Which commitments can be cancelled without guilt.</li>
<li>The signs that mean I should call my doctor rather than wait it out, agreed with my doctor ahead of time.</li>
</ul>`,
  },
]

// ---------------------------------------------------------------------------
// Posts
// ---------------------------------------------------------------------------

export const seedPosts: SeedPost[] = [
  {
    title: 'Start Here: Welcome to Spoon Notes',
    slug: 'start-here',
    publishedAt: '2014-03-03T10:00:00Z',
    updatedAt: '2025-01-06T15:30:00Z',
    excerpt: 'New here? This is where I explain who I am, why the blog is called Spoon Notes, and which posts to read first when you are short on energy.',
    isSticky: true,
    categories: ['coping', 'inspiration'],
    tags: ['chronic illness', 'pacing', 'acceptance', 'support'],
    bodyHtml: `<p>If you've found your way here, there's a fair chance you're tired. Maybe you've just been given a diagnosis, or maybe you've had one for years and you're looking for someone who gets it. Either way, welcome. Pull up a chair, or a pillow, or lie flat. Most of this blog was written from the sofa, and it won't mind.</p>
<p>I'm Maren. I spent fifteen years as a reference librarian, and I share my days with fibromyalgia, migraine and endometriosis in a small river town where everybody knows your car and, sooner or later, your diagnosis. Spoon Notes started in 2014 as a place to keep everything I was learning so I wouldn't have to learn it twice. It turned into a conversation.</p>
<figure><img src="/demo/winding-path.svg" alt="A pale path winding up through soft green hills towards a low sun" width="800" height="450"><figcaption>Not a straight road, but a walkable one.</figcaption></figure>
<h2>Why "spoons"?</h2>
<p>The name is borrowed, with gratitude, from The Spoon Theory by Christine Miserandino. Her idea is simple: people with chronic illness start each day with a limited handful of spoons, and every task, from showering to answering an email to driving to the pharmacy, costs one. Healthy people rarely need to count. We count all day long. Her essay gave me words for something I had been failing to explain to my own family for years.</p>
<h2>Where to begin</h2>
<p>Depending on what brought you here, these are good first stops:</p>
<ul>
<li><a href="/budgeting-spoons">How I budget my spoons on a hard week</a>, the closest thing I have to a system.</li>
<li><a href="/fibromyalgia-treatments-that-helped-me">What has actually helped my fibromyalgia</a>, including the things that didn't.</li>
<li><a href="/preparing-for-appointments">Preparing for appointments when your brain is foggy</a>.</li>
<li><a href="/marriage-and-fibro">What marriage and fibro have taught us</a>, written with plenty of input from my husband.</li>
<li>The <a href="/reading-list">Reading List</a> and the <a href="/toolkit">Toolkit</a>, for when you want something to hold on to.</li>
</ul>
<h2>A few promises</h2>
<p>I'll always tell you whether I'm writing about research or about my own body, because those are different things. I'll link to my sources so you can check my reading. I'll never claim a product or a diet will fix you. And I'll keep reminding you that I'm not a doctor: what has helped me is something to discuss with yours, not something to copy.</p>
<p>I also promise short paragraphs. Brain fog is real, and I write with it too.</p>
<h2>One more thing</h2>
<p>Every comment here gets read, though sometimes slowly. If you leave one, you aren't shouting into the void. You're joining a small, kind corner of the internet where nobody needs you to be productive in order to be welcome.</p>
<p>Take what helps and leave the rest. Rest when you need to. I'll still be here.</p>`,
  },
  {
    title: 'Memantine for Fibromyalgia: What a Small Pilot Trial Found',
    slug: 'memantine-for-fibromyalgia',
    publishedAt: '2014-11-10T09:00:00Z',
    updatedAt: '2020-08-19T14:00:00Z',
    lastReviewedAt: '2024-03-02T10:00:00Z',
    changeNote: 'Added what the 2017 and 2019 reviews of memantine for chronic pain concluded.',
    excerpt:
      "A drug best known for treating Alzheimer's was tested in a small Spanish trial for fibromyalgia. Here is what the researchers measured, what they reported, and why I'm keeping my hopes measured.",
    keyPoints: [
      "Memantine, an Alzheimer's medication, dampens signalling by glutamate, a chemical messenger that some studies have found running high in people with fibromyalgia.",
      'In a double-blind pilot trial, 13 people took 20 mg of memantine a day and 12 took a placebo; after 6 months the memantine group reported better pain, FIQ and quality-of-life scores.',
      'Surprisingly, it was the placebo group that improved more on cognitive tests, so this was no easy win for fibro fog.',
      'Later reviews disagree: a 2017 review sounded hopeful, while a 2019 review called the evidence inconclusive. Talk to your doctor before drawing conclusions.',
    ],
    categories: ['medical-studies', 'fibromyalgia', 'medications'],
    tags: ['brain fog'],
    bodyHtml: `<p>Every so often a study makes me sit up in bed. This autumn it was a small trial from Spain that tested memantine, a medication most people know as an Alzheimer's treatment, in people with fibromyalgia. I spent three evenings with the paper, a highlighter and a great deal of tea, and these are my notes. I'm a former librarian, not a doctor, so please read this as one patient's homework rather than a recommendation.</p>
<h2>First, a word about glutamate</h2>
<p>Glutamate is one of the brain's main "go" signals. It's an excitatory neurotransmitter, which means that when it's active, nerve cells fire more readily. Several imaging studies have found higher glutamate levels in parts of the brain in people with fibromyalgia. That's one reason some people in our community avoid MSG, though whether diet meaningfully changes glutamate inside the brain is a much murkier question.</p>
<p>Picture a nervous system with the volume stuck a few notches too high, and you have roughly the idea the researchers were working from.</p>
<h2>What memantine does</h2>
<p>Memantine partly blocks one of the receptors glutamate acts on, quieting some of that excess excitation. Two other findings caught researchers' attention. In rat studies, memantine appeared to support cortical plasticity: the brain's ability to rewire itself when circumstances change. It's the same flexibility that lets someone who loses their sight lean harder on hearing and touch, and the reason "use it or lose it" applies to brain circuits as much as muscles.</p>
<p>It has also been reported to calm hippocampal inflammation. The hippocampus is the seahorse-shaped region at the heart of forming memories. Anyone who has stood in the kitchen holding a spoon with no idea why will understand my interest.</p>
<blockquote class="pull-quote"><p>A memory drug, tested on pain, and the biggest surprise turned up in the memory results.</p></blockquote>
<h2>The trial itself</h2>
<p>The team ran a double-blind, randomized, placebo-controlled trial, so the participants and the people assessing them were both kept in the dark about who received the real drug. Thirteen people took 20 mg of memantine a day and twelve took a placebo. Everyone was followed for six months.</p>
<p>At six months, the memantine group reported lower pain severity, better scores on the Fibromyalgia Impact Questionnaire (the FIQ, a standard measure of how much fibro disrupts daily life) and better quality of life than the placebo group, and those differences were statistically significant. The twist: on cognitive testing, it was the placebo group that improved more.</p>
<h2>Why I'm keeping my hopes in check</h2>
<p>Twenty-five people make a pilot, not a verdict. Small trials help researchers decide whether a bigger study is worth running, and effects seen in small groups often shrink when more people are involved.</p>
<p>Memantine is a prescription drug with its own side effects and interactions, and it isn't approved for fibromyalgia. If this interests you, bring it to the doctor who knows your full history. I plan to ask my rheumatologist about it, mostly to hear what she thinks.</p>
<h2>Update: what the reviews said later</h2>
<p>Since I first wrote this, researchers have gathered up the evidence. A narrative review from 2017 looked at memantine for neuropathic pain more broadly, and its authors were cautiously encouraged, including for pain and thinking problems in people with fibromyalgia. A 2019 systematic review and meta-analysis of memantine for chronic pain was less upbeat and judged the evidence inconclusive. So: an interesting idea, not a settled answer.</p>
<section class="references"><h2>References</h2><ol>
<li>Fayed, N. , Olivan‐Blázquez, B. , Herrera‐Mercadal, P. , Puebla‐Guedea, M. , Pérez‐Yus, M. , Andrés, E. , López del Hoyo, Y. , Magallon, R. , Viguera, L. and Garcia‐Campayo, J. (2014), Changes in Metabolites after Treatment with Memantine in Fibromyalgia. A Double‐Blind Randomized Controlled Trial with Magnetic Resonance Spectroscopy with a 6‐month Follow‐up. CNS Neurosci Ther, 20: 999-1007. <a href="https://pubmed.ncbi.nlm.nih.gov/?term=Changes+in+Metabolites+after+Treatment+with+Memantine+in+Fibromyalgia">Search PubMed</a></li>
<li>Kurian, R., Raza, K., & Shanthanna, H. (2019). A systematic review and meta‐analysis of memantine for the prevention or treatment of chronic pain.\u00a0European Journal of Pain,\u00a023(7), 1234-1250. <a href="https://pubmed.ncbi.nlm.nih.gov/?term=A+systematic+review+and+meta-analysis+of+memantine+for+the+prevention+or+treatment+of+chronic+pain">Search PubMed</a></li>
<li>Pickering, G., & Morel, V. (2018). Memantine for the treatment of general neuropathic pain: a narrative review.\u00a0Fundamental & clinical pharmacology,\u00a032(1), 4-13. <a href="https://pubmed.ncbi.nlm.nih.gov/?term=Memantine+for+the+treatment+of+general+neuropathic+pain%3A+a+narrative+review">Search PubMed</a></li>
</ol></section>`,
    comments: [
      {
        key: 'memantine-1',
        authorName: 'Graham Pettit',
        authorEmail: 'graham.pettit@example.com',
        body: "I was diagnosed with fibromyalgia about five years ago, and brain fog bothers me more than the pain some weeks. Lights, noise and even weather changes feel turned up too loud. One odd thing: I take a prescription sleep medication, and in the stretch before it makes me drowsy my head often feels clearer than it has all day. I can't tell if that's the medication, the quiet of the evening or wishful thinking, so I've mentioned it to my GP rather than experimenting. Has anyone else noticed something like this? I'd love to see more research on what's happening in our brains.",
        createdAt: '2020-01-28T21:40:00Z',
      },
      {
        key: 'memantine-2',
        replyTo: 'memantine-1',
        authorName: 'Rosa Delgado',
        authorEmail: 'rosa.delgado@example.com',
        body: "Sleep medications can affect people in very different ways. One I took years ago had me doing things at night that I couldn't remember in the morning, so I came off it with my doctor's help and we worked out a sleep plan instead. That's just my story, but it's worth noting anything unusual and telling whoever prescribes it. I hope the clear spells come more often for you.",
        createdAt: '2020-08-26T23:05:00Z',
      },
      {
        key: 'memantine-3',
        authorName: 'Walt Brennan',
        authorEmail: 'walt.brennan@example.com',
        body: 'My mother takes memantine and I had no idea it was being studied for pain. Thank you for explaining it so clearly.',
        createdAt: '2015-03-27T22:30:00Z',
      },
    ],
  },
  {
    title: 'Eleven Years to a Name: My Endometriosis Story',
    slug: 'endometriosis-diagnosis-story',
    publishedAt: '2015-03-09T08:30:00Z',
    excerpt:
      'March is Endometriosis Awareness Month, so I am finally writing down the long, winding story of how my pain got its name, and what I wish I had known sooner.',
    categories: ['endometriosis'],
    tags: ['abdominal pain', 'diagnosis', 'dealing with doctors', 'doctors'],
    bodyHtml: `<p>March is Endometriosis Awareness Month, and I've been meaning to write this post for a year. It's the story of how I spent eleven years asking about my pain before anyone gave it a name. I'm sharing it not because it's unusual, but because, from everything I've read and heard, it's painfully common.</p>
<h2>"Some girls just have bad periods"</h2>
<p>I was fifteen the first time I fainted in a school bathroom. By seventeen I was missing two days of every month. My mother, who had her own share of pain and no answers either, took me to our family doctor, who said some girls just have bad periods and suggested a hot water bottle. I believed him, because why wouldn't I?</p>
<p>At twenty I asked again, this time on my own. Over the next decade I saw a family doctor, two gynecologists, an emergency physician and a gastroenterologist. I heard that it was stress, that it was my bowel, that it was normal, and once, memorably, that I should consider whether I was "focusing on it too much."</p>
<h2>What finally changed</h2>
<p>Two things. First, I started keeping a pain diary: dates, where it hurt, how badly, and what I'd been doing. As a librarian, I should have thought of it years earlier. Second, a colleague at the library mentioned that her sister had endometriosis and described symptoms that sounded exactly like mine.</p>
<p>I took the diary and the word "endometriosis" to a new gynecologist in 2009. She read every page. She explained that endometriosis is a condition in which tissue similar to the lining of the uterus grows in places it shouldn't, and that the usual way to confirm it was a keyhole surgery called a laparoscopy. A few months later, I had my answer.</p>
<h2>What I wish I'd known</h2>
<ul>
<li>Pain that stops you living your life deserves investigation, whatever your age.</li>
<li>Written records are taken more seriously than memories, especially ones recalled on the spot in a ten-minute appointment.</li>
<li>It's fine to ask for a second opinion, and a third.</li>
<li>A diagnosis isn't a cure, but it is a door. Mine led to treatment options, and to people who understood.</li>
</ul>
<p>Endometriosis still shapes my months, and I'll write more about living with it. For now, if your story sounds like mine, please know you're not imagining it, and you're not alone. Talk to a doctor you trust, and if you don't have one yet, keep looking.</p>`,
    comments: [
      {
        key: 'endo-1',
        authorName: 'Priya Nair',
        authorEmail: 'priya.nair@example.com',
        body: 'Nine years for me, and almost the same list of explanations. The pain diary tip is so good. I wish someone had told me at sixteen that writing it down would make people listen.',
        createdAt: '2015-03-10T19:12:00Z',
      },
      {
        key: 'endo-2',
        replyTo: 'endo-1',
        authorName: 'Maren Holt',
        authorEmail: 'maren@example.com',
        isPostAuthor: true,
        body: "Nine years is far too long, Priya, and I'm sorry. It still amazes me how much weight a dated, written page carries compared with the same facts said out loud. Thank you for adding your voice.",
        createdAt: '2015-03-11T09:45:00Z',
      },
      {
        key: 'endo-3',
        authorName: 'Colleen Marsh',
        authorEmail: 'colleen.marsh@example.com',
        body: 'Sharing this with my daughter, who is seventeen and already missing school. We have an appointment next month and we are bringing a diary.',
        createdAt: '2016-07-02T16:20:00Z',
      },
    ],
  },
  {
    title: 'What Brain Scans Are Starting to Show About Fibro Fog',
    slug: 'brain-activity-and-fibro-fog',
    publishedAt: '2015-06-22T09:15:00Z',
    excerpt:
      'Imaging studies suggest the brains of people with fibromyalgia may work differently during memory and attention tasks. What that might mean, and what it does not.',
    categories: ['medical-studies', 'fibromyalgia'],
    tags: ['brain fog', 'chronic pain', 'chronic fatigue', 'sleep'],
    bodyHtml: `<p>Last Tuesday I found the butter in the bread bin and my reading glasses in the fridge. My husband laughed, kindly, and then quietly checked that the oven was off. This is fibro fog: not forgetfulness exactly, but a kind of static that settles over thinking, finding words and keeping track of what I was doing a moment ago.</p>
<p>For years, I was told it was stress or low mood. So I've been glad to see researchers take it seriously enough to put it under a scanner.</p>
<h2>What researchers have looked at</h2>
<p>Several groups have put people with fibromyalgia into functional MRI scanners, which show which parts of the brain are working harder during a task, and asked them to do short memory and attention exercises. Often the tasks come with deliberate distractions, much like the interruptions that derail us at home.</p>
<p>Some of these studies have reported that the brains of people with fibromyalgia don't activate in quite the same pattern as those of healthy volunteers. Networks involved in working memory and in filtering out distractions seemed to behave differently, and in some studies, areas linked to processing pain were busier than expected even when the task had nothing to do with pain.</p>
<h2>How I read it</h2>
<p>I try to be careful with this kind of research. Brain scans make striking pictures, and it's easy to read too much into a coloured blob. The studies I've read were small, and they show differences in activity, not damage. They can't yet tell us whether those differences cause the fog, come from living with pain and poor sleep, or both.</p>
<p>Still, one idea rang true for me: if part of my brain is constantly occupied with pain signals, there may be less room left for everything else. That fits my experience almost embarrassingly well. My fog is thickest on high-pain days and after broken nights.</p>
<blockquote><p>Fog is not laziness, and it is not a failure of effort. I spent years believing otherwise, so I'm saying it plainly here.</p></blockquote>
<h2>What I do with that</h2>
<p>None of this gives me a treatment, but it changed how I treat myself. I stopped trying to multitask. I write nearly everything down. I do thinking tasks in the morning, when my head is clearest. And when I explain fog to people, I say my brain is running a heavy program in the background, which most people instantly understand.</p>
<p>If your fog is new or getting worse, it's worth raising with your doctor, since other things, such as thyroid problems, sleep disorders and medication side effects, can cause similar symptoms and deserve checking. For more of my reading on this, see <a href="/memantine-for-fibromyalgia">my notes on the memantine pilot trial</a>, and for the practical side, <a href="/budgeting-spoons">how I pace my week</a>.</p>`,
  },
  {
    title: 'Could Fibromyalgia Start in the Nerves? A Study Worth Knowing About',
    slug: 'fibromyalgia-neurological-study',
    publishedAt: '2016-02-03T10:00:00Z',
    excerpt:
      'Skin biopsies found fewer small nerve fibres in many people with fibromyalgia. Why that research matters to me, and why it is not the whole story.',
    categories: ['medical-studies', 'fibromyalgia'],
    tags: ['brain fog', 'chronic pain', 'diagnosis', 'doctors'],
    bodyHtml: `<p>When I was first diagnosed, a doctor (not my current one) told me fibromyalgia was "what we call it when we can't find anything." He meant it kindly, I think. I went home and cried in the car anyway.</p>
<p>So I've followed with real interest the research suggesting that, for at least some of us, something measurable may be going on in the nervous system.</p>
<h2>Looking at very small nerves</h2>
<p>Our skin is threaded with tiny nerve fibres that carry pain and temperature signals. When these fibres are damaged or sparse, the condition is called small fibre neuropathy, and it can cause burning, tingling and widespread pain. If that list sounds familiar, you can see why researchers wondered about a connection.</p>
<p>In a study published in 2013, researchers in Boston took small skin biopsies from the lower legs of people with fibromyalgia and of healthy volunteers, then counted the nerve fibres. A substantial share of the fibromyalgia group, a little under half, had fewer fibres than expected, compared with very few of the volunteers. A team in Germany reported similar findings that same year.</p>
<h2>Why this matters to me</h2>
<p>A biopsy result doesn't change the pain, but it changes the conversation. It moves fibromyalgia, at least partly, from "we can't find anything" towards "we're starting to find things." It also hints that what we call fibromyalgia may turn out to be several different problems sharing one name, which could explain why a treatment helps one person and does nothing for the next.</p>
<h2>Reasons for caution</h2>
<ul>
<li>The studies were small, and plenty of people with fibromyalgia had normal nerve fibre counts.</li>
<li>Small fibre neuropathy has many possible causes, some of them treatable, which is exactly why it's worth discussing with a doctor rather than assuming.</li>
<li>Nobody yet knows whether the nerve changes are a cause, a consequence or a bystander.</li>
</ul>
<p>I asked my rheumatologist about it at my next appointment. She listened, explained why she didn't think a biopsy would change my treatment right now, and said she would keep it in mind if my symptoms shifted. That felt like the right kind of answer: taken seriously, without any promises.</p>
<p>If you're curious about the brain side of things, I've also written about <a href="/brain-activity-and-fibro-fog">imaging studies on fibro fog</a>, and about a small trial of <a href="/memantine-for-fibromyalgia">memantine for fibromyalgia</a>.</p>`,
  },
  {
    title: 'How I Budget My Spoons on a Hard Week',
    slug: 'budgeting-spoons',
    publishedAt: '2016-05-02T08:00:00Z',
    excerpt: 'My low-tech system for hard weeks: count honestly, price every task, spend the clear hours on purpose, and always leave a gap.',
    categories: ['tips-tricks', 'coping'],
    tags: ['pacing', 'chronic fatigue', 'chronic pain', 'brain fog', 'sleep'],
    bodyHtml: `<p>People sometimes ask how I "manage" my energy, and I always want to laugh a little, because most weeks it manages me. Still, over the years I've built a rough system for the weeks that start badly. It isn't clever. It's mostly arithmetic and honesty, and it has spared me more crashes than any gadget.</p>
<figure><img src="/demo/spoons.svg" alt="Five plain spoons laid side by side on a pale green table" width="800" height="450"><figcaption>Five spoons: about what a hard Monday gives me.</figcaption></figure>
<h2>Step one: count what I actually have</h2>
<p>On a hard Monday I assume I have five spoons, not the twelve I'd like. I choose the number before I get out of bed, based on how I slept, how much I hurt and whether a migraine is circling. Guessing low feels pessimistic, but finishing the day with a spoon to spare feels wonderful.</p>
<h2>Step two: price the week</h2>
<p>Every task gets a rough cost. Here are a few of mine, for what they're worth:</p>
<ul>
<li>Shower and hair wash: 2 spoons (1 if I use the shower stool and skip the hair)</li>
<li>Grocery shopping in person: 3; ordering online for pickup: 1</li>
<li>A phone call with the insurance company: 2, plus 1 for recovery</li>
<li>Coffee with a friend: 2, though it often gives one back</li>
<li>Cooking dinner from scratch: 3; reheating soup I froze on a good day: 0</li>
</ul>
<p>Your prices will be different. The point is to notice that they exist.</p>
<h2>Step three: spend the clear hours on purpose</h2>
<p>I'm usually clearest between ten and one. Those hours go to anything that needs thinking, such as bills, emails and writing, and not to laundry, which my body can do on autopilot later. My fog tends to roll in mid-afternoon, so nothing important gets scheduled then.</p>
<h2>Step four: leave a gap</h2>
<p>I never plan to use every spoon. Something always comes up: a neighbour at the door, a dropped jar, a pharmacy that got the order wrong. A planned gap means the surprise doesn't push me into borrowing from tomorrow, which is how one bad day becomes a bad fortnight.</p>
<figure><img src="/demo/teacup.svg" alt="A pale blue teacup on a saucer with steam curling upwards" width="800" height="450"><figcaption>Rest is part of the plan, not a failure of it.</figcaption></figure>
<h2>Step five: rest before the crash</h2>
<p>This is the hardest one. Pacing only works if I stop while I still feel all right, which goes against every instinct I have. I set a kitchen timer for forty-five minutes of any activity, then sit down for fifteen whether I want to or not. On good days it feels ridiculous. It's also the reason I have fewer terrible ones.</p>
<p>I'm not saying this will work for your body. Pacing looks different for everyone, and an occupational therapist or physical therapist who understands chronic illness can help you find your own rhythm. But if you've never written your spoons down, this week might be a gentle one to start.</p>`,
    comments: [
      {
        key: 'spoons-1',
        authorName: 'Sunita Rao',
        authorEmail: 'sunita.rao@example.com',
        body: 'Step four is the one I always skip, and then I wonder why one spilled coffee wrecks my whole afternoon. Copying this onto a card for the fridge.',
        createdAt: '2016-05-04T12:05:00Z',
      },
      {
        key: 'spoons-2',
        authorName: 'Hannah Ostrowski',
        authorEmail: 'hannah.ostrowski@example.com',
        authorUrl: 'https://example.com/hannah-writes',
        body: "I'd never thought of putting a price on phone calls, but they wipe me out. Going to try the timer this week: forty-five on, fifteen off. Does the timer ever make you feel more anxious rather than less?",
        createdAt: '2016-05-09T18:40:00Z',
      },
      {
        key: 'spoons-3',
        replyTo: 'spoons-2',
        authorName: 'Maren Holt',
        authorEmail: 'maren@example.com',
        isPostAuthor: true,
        body: "It did at first, Hannah! I switched to a timer with a soft chime instead of a beeper, and I think of it as a reminder rather than a deadline. Some weeks I only manage half the breaks, and that's still better than none.",
        createdAt: '2016-05-10T08:15:00Z',
      },
    ],
  },
  {
    title: 'What Has Actually Helped My Fibromyalgia (So Far)',
    slug: 'fibromyalgia-treatments-that-helped-me',
    publishedAt: '2016-09-14T09:30:00Z',
    updatedAt: '2023-05-30T11:00:00Z',
    lastReviewedAt: '2023-05-30T11:00:00Z',
    changeNote: 'Updated the warm-water exercise section now that my class has changed pools.',
    excerpt: 'The honest list: pacing, sleep, warm water, a slowly chosen medication plan, heat and the word "no". Plus the things that did nothing for me.',
    categories: ['treatment', 'fibromyalgia'],
    tags: ['chronic pain', 'sleep', 'pacing', 'brain fog', 'feeling better'],
    bodyHtml: `<p>This is the post I wish someone had handed me in 2012. Let me be honest from the start: nothing has cured me. But several things, added slowly over years, have turned most of my days from "survive" into "live, carefully." They're listed roughly in order of how much they've helped me, which may be nothing like how much they'd help you.</p>
<h2>1. Pacing, boring as it is</h2>
<p>Stopping before I'm exhausted, planning rest into the day and accepting that I have a limited budget made a bigger difference than any single treatment. I explain my system in <a href="/budgeting-spoons">How I Budget My Spoons on a Hard Week</a>.</p>
<h2>2. Protecting my sleep</h2>
<p>Poor sleep and bad pain feed each other in my body. I now treat sleep like an appointment I can't miss: the same wake-up time every day, a wind-down hour, and a cool, dark bedroom. My doctor and I also looked at whether any of my medications were disturbing my nights. More in <a href="/notes-from-a-bad-sleeper">Notes From a Bad Sleeper</a>.</p>
<h2>3. Warm-water exercise</h2>
<p>A physical therapist suggested a gentle class in a heated therapy pool. I started with ten minutes of walking in chest-deep water and felt silly and sore. Months later I could do the whole session. The class moved to a different pool in 2023, and I've kept going, with the caveat that on flare weeks I simply don't.</p>
<h2>4. Medication, chosen carefully with my doctor</h2>
<p>I take a prescription medication that my doctor and I settled on after trying two others. I'm not naming it on purpose: what suits my body, my other conditions and my other prescriptions says nothing about what will suit yours. What helped most was the process: starting low, keeping a simple diary, and going back to her when side effects showed up rather than quietly giving up.</p>
<h2>5. Heat, always heat</h2>
<p>A microwavable wrap across my shoulders, a warm bath before bed, a hot water bottle at my back. It doesn't fix anything, but it takes the edge off and tells my body it's safe to unclench.</p>
<h2>6. Saying no</h2>
<p>I left committees, gave up hosting the holidays and stopped apologising for both. Every no bought me spoons for something that mattered more.</p>
<h2>What didn't help me</h2>
<p>Pushing through on good days, which always cost me the next three. An expensive mattress topper that a catalogue promised would change my life. And strict elimination diets beyond dropping dairy, which I've written about in <a href="/going-dairy-free">Going Dairy-Free Without Losing My Mind</a>. Other people have had different results, and that's the point: keep notes, talk to your doctor, and trust your own records over anyone's list, including mine.</p>
<p>A shorter, regularly updated version of this lives on my <a href="/whats-helped-me-most">What's Helped Me Most</a> page.</p>`,
  },
  {
    title: 'Notes From a Bad Sleeper',
    slug: 'notes-from-a-bad-sleeper',
    publishedAt: '2017-01-23T21:00:00Z',
    excerpt:
      'Fibromyalgia and I have been arguing about sleep for years. This is my current truce: a boring routine, a worry notebook and a very dark bedroom.',
    categories: ['coping', 'tips-tricks'],
    tags: ['sleep', 'sleep aids', 'chronic fatigue', 'brain fog', 'pacing'],
    commentsClosed: true,
    bodyHtml: `<p>I'm writing this at nine in the evening, which is already late in the Holt household. Sleep and I have been arguing since fibromyalgia moved in. I wake up as tired as I went to bed, often stiff, often with the feeling that I've spent the night running rather than resting. Many people with fibro describe exactly this, and it's one of the first things my rheumatologist asked about.</p>
<p>I haven't solved it. But I've reached a truce, and these are its terms.</p>
<h2>The same wake-up time, every day</h2>
<p>This was the advice I resisted longest. Weekends, bad nights, holidays: I now get up at the same time regardless, and rest later if I need to. After about a month, my body started to expect sleep at roughly the same time each evening, which it never used to do.</p>
<h2>A wind-down hour</h2>
<p>At eight, the big lights go off and the lamps come on. No news, no email, no arguing with the insurance company. I take a warm bath if I have the energy, read something gentle, and put the heat wrap on my shoulders.</p>
<h2>The worry notebook</h2>
<p>My mind likes to schedule its planning meetings for two in the morning. So I keep a small notebook on the nightstand and write down whatever is circling, including tomorrow's to-do list, before I turn out the light. It doesn't always work, but it works often enough.</p>
<h2>A cave of a bedroom</h2>
<p>Between migraine and fibromyalgia, I'm sensitive to light and noise. Blackout curtains, foam earplugs and a soft eye mask have made a real difference for me. So has keeping the room cool, with an extra blanket within reach.</p>
<h2>About sleep aids</h2>
<p>I've tried prescription and over-the-counter sleep aids over the years, always with my doctor involved. Some helped for a while, and one left me groggy and foggy all morning. I'm deliberately not naming any, because sleep medications affect people very differently and can interact with other prescriptions. If sleep is a struggle for you, please raise it with your doctor; it's a real symptom, and it deserves real attention. Mine referred me for a sleep study, which was worth doing.</p>
<h2>Rest without sleep</h2>
<p>I used to nap for two hours and then lie awake until three. Now, if I need rest in the afternoon, I lie down with an audiobook and a timer for twenty-five minutes, and try to finish before three o'clock. It's pacing, applied to the pillow.</p>
<p>Good nights are still not guaranteed. But they're more common than they used to be, and on the bad ones, I know it isn't because I did something wrong.</p>`,
  },
  {
    title: 'Going Dairy-Free Without Losing My Mind',
    slug: 'going-dairy-free',
    publishedAt: '2017-08-02T12:00:00Z',
    excerpt: 'A food diary, a dietitian and six weeks without cheese. What I noticed, what I miss, and the swaps that made it bearable.',
    isAffiliate: false,
    categories: ['diet-and-nutrition', 'treatment'],
    tags: ['dairy-free', 'diet', 'food sensitivities', 'ibs', 'abdominal pain'],
    bodyHtml: `<p>Let me start with a confession: I love cheese. Sharp cheddar, crumbly feta, the orange stuff on a grilled sandwich. So when I say I've been dairy-free for most of a year, please understand it wasn't a decision I made lightly.</p>
<h2>Why I tried it</h2>
<p>Alongside everything else, I've had IBS-style stomach trouble for years: bloating, cramping and unpredictability that made leaving the house harder. With endometriosis in the mix, it's sometimes hard to tell which pain belongs to what. I kept a food and symptom diary for a month and noticed a pattern on days with a lot of dairy. It was only a pattern, not proof, but it was enough to ask about.</p>
<p>I brought the diary to my doctor, who referred me to a dietitian. That mattered. She helped me plan a proper six-week trial instead of the wholesale cutting I'd been tempted to try, and made sure I would still get enough calcium and protein from other foods.</p>
<h2>What I noticed</h2>
<p>For me, the bloating settled noticeably within a few weeks, and my stomach became less of a daily negotiation. My fibromyalgia pain, on the other hand, didn't change at all, which I'd quietly hoped it might. When the dietitian had me bring dairy back in a planned way, the stomach trouble returned, so I've stayed off it.</p>
<p>That's one person, one diary and one trial. Plenty of people with fibromyalgia or IBS eat dairy happily, and cutting out foods without support can leave gaps in your diet. If you're curious, I'd start with a diary and a conversation with your doctor rather than an empty fridge.</p>
<h2>Swaps that made it bearable</h2>
<ul>
<li><strong>Oat milk</strong> in tea and porridge. I tried four kinds before finding one I liked.</li>
<li><strong>Olive oil</strong> instead of butter on vegetables and toast, with a pinch of flaky salt.</li>
<li><strong>Nutritional yeast</strong> on popcorn and pasta. It isn't cheese, but it scratches the itch.</li>
<li><strong>Coconut yogurt</strong> with berries for an easy breakfast on low-spoon mornings.</li>
</ul>
<h2>What I miss</h2>
<p>Cheese, obviously. Also eating out without reading every menu twice, and not having to explain myself at potlucks. I've started bringing a dish I know I can eat, which also means one fewer thing to cook on the day.</p>
<p>If you've been through a similar experiment, I'd love to hear what you learned, and which oat milk you finally settled on.</p>`,
  },
  {
    title: "What's in My Migraine Go-Bag",
    slug: 'migraine-go-bag',
    publishedAt: '2018-04-11T10:45:00Z',
    excerpt: "The small zip bag that comes everywhere with me, from the grocery store to my sister-in-law's wedding, and why every item earned its place.",
    categories: ['migraine', 'tips-tricks'],
    tags: ['pain relief', 'travel', 'sensitivities', 'flares'],
    bodyHtml: `<p>I've had migraines since I was fourteen, long enough to know that they rarely arrive at a convenient time. Over the years I've learned to carry a small zip bag everywhere: to the grocery store, on long drives, even to my sister-in-law's wedding, where it sat under the table beside my good shoes. Here's what's in it, and why.</p>
<h2>The contents</h2>
<ul>
<li><strong>My prescribed rescue medication</strong>, in its original labelled packaging, exactly as my doctor and I agreed. I never carry anyone else's, and I don't mix in extras on a whim.</li>
<li><strong>A printed medication list</strong> with doses, allergies and my doctor's phone number, in case I'm not able to explain things myself.</li>
<li><strong>Tinted glasses.</strong> Bright shops and car headlights are among my biggest triggers.</li>
<li><strong>Foam earplugs</strong>, because sound becomes unbearable once an attack gets going.</li>
<li><strong>An instant cold pack</strong>, the squeeze-to-activate kind. The back of my neck likes it.</li>
<li><strong>Salty crackers and ginger chews</strong>, for the nausea and for the times I've skipped a meal.</li>
<li><strong>A small water bottle.</strong> I'm a reliable forgetter of drinking water.</li>
<li><strong>A card that says:</strong> "I'm having a migraine. I may not be able to talk much. Please help me find a quiet place to sit." I've used it twice, both times in shops, and both times people were kind.</li>
<li><strong>A sick bag.</strong> Not glamorous, but once it saved a borrowed car.</li>
</ul>
<h2>Travelling with it</h2>
<p>For trips, I add a sleep mask, a spare day of medication and a note of where the nearest pharmacy is. I also plan a quiet first evening wherever we're staying, because travel days are one of my reliable triggers, and arriving exhausted is asking for trouble.</p>
<h2>What the bag can't do</h2>
<p>The go-bag doesn't stop migraines. It just means that when one arrives, I'm not also scrambling, which takes some of the fear out of leaving the house. What goes into your own bag is a conversation to have with your doctor, especially when it comes to medication. And if your headaches change in pattern or feel different from usual, my neurologist's standing instruction to me is to call rather than wait it out.</p>
<p>Do you carry a bag like this? I'm always curious what other people have found worth the space.</p>`,
  },
  {
    title: 'Warrior Profile: Deb, Who Gardens Sitting Down',
    slug: 'warrior-profile-deb',
    publishedAt: '2018-09-17T09:00:00Z',
    excerpt:
      'Deb is 61, a retired mail carrier and a fibromyalgia veteran of ten years. She still grows the best tomatoes on her street, mostly from a rolling stool.',
    categories: ['warriors', 'fibro-warriors'],
    tags: ['interviews', 'chronic pain', 'pacing', 'acceptance'],
    bodyHtml: `<p>The Warriors series is where readers tell their own stories. This month I'm delighted to introduce Deb, who wrote to me after my post on pacing with a photograph of the most magnificent tomato plants I've ever seen. We talked on the phone over two short calls, because that's how spoonies do interviews. Her answers are lightly edited and shared with her permission.</p>
<h3>Tell us a bit about yourself.</h3>
<p>"I'm 61, I carried mail for twenty-six years, and I got my fibromyalgia diagnosis in 2008. Walking a route all day was my whole identity. When I had to stop, I didn't know who I was for a while."</p>
<h3>How did gardening come into it?</h3>
<p>"My late husband built raised beds the summer after I retired, about waist height, so I wouldn't have to kneel. I started with herbs because they forgive you. Now I grow tomatoes, beans, squash and far too much basil. I do almost all of it from a rolling garden stool."</p>
<h3>What does a garden day look like for you?</h3>
<p>"Short. I go out early, before it's hot, for thirty minutes at a time. I set an alarm on my phone and I go in when it rings, even if I'm in the middle of something. The weeds will be there tomorrow. I learned that the hard way, flat on the sofa for three days after an afternoon of 'just finishing up.'"</p>
<h3>What has living with chronic pain taught you?</h3>
<p>"That slower isn't the same as less. I notice more now. I know which bird is at the feeder. I know my neighbours better because I'm out front, sitting, when they walk by. I still grieve the old me some days. But I like this one too."</p>
<h3>Anything you'd say to someone newly diagnosed?</h3>
<p>"Find one thing you love and figure out how to do a smaller version of it. Not the old version, the smaller one. And find people who get it. Online is fine. This blog is fine!"</p>
<p>Thank you, Deb, for sharing your story, and for the basil seeds you posted me. They are coming up nicely on my kitchen windowsill. If you'd like to be featured in a future Warriors post, <a href="/contact">get in touch</a>.</p>`,
  },
  {
    title: 'Fourteen Years, Three Diagnoses, One Marriage',
    slug: 'marriage-and-fibro',
    publishedAt: '2019-02-14T08:00:00Z',
    excerpt:
      "For Valentine's Day, Daniel and I sat down together to write about what chronic illness has taken from our marriage, what it has given, and the habits that keep us steady.",
    categories: ['fibro-and-marriage', 'relationships'],
    tags: ['communication', 'family', 'support', 'asking for help'],
    bodyHtml: `<p>Daniel and I married in 2005, when I was still working full time, and we hiked on weekends, and neither of us had heard the word fibromyalgia. Fourteen years later, we've been through three diagnoses, one career change and more cancelled plans than either of us could count. For Valentine's Day, we sat down together and wrote this. He had the laptop; I had the heat wrap.</p>
<h2>What illness took</h2>
<p>Spontaneity, mostly. We used to decide on a Saturday morning to drive to the coast. Now a day out is planned days ahead and followed by a day of rest. Money has been tighter since I left the library. And there was a stretch, around 2013, when we were more like patient and carer than husband and wife, and neither of us liked it.</p>
<h2>What helped us find our way back</h2>
<p><strong>A traffic-light code.</strong> Every morning I tell Daniel whether it's a green, yellow or red day. It takes three seconds, and it means he doesn't have to guess or tiptoe. A red day means no plans and no guilt. A yellow day means one small thing.</p>
<p><strong>Redividing the chores honestly.</strong> We wrote down every household job and swapped based on spoons rather than habit. He took the vacuuming and the bins; I took the bills and the meal planning, which I can do sitting down. It felt clinical, and it ended a hundred small resentments.</p>
<p><strong>Asking instead of hinting.</strong> I used to hint that I needed help and then feel hurt when he didn't notice. Now I just say "could you carry the laundry up?" He says it's a relief.</p>
<p><strong>Protecting "us" time.</strong> Not everything can be about my health. We have a standing Friday night of takeout and an old movie, on the sofa, in pyjamas. It counts as a date. I've decided.</p>
<h2>Daniel's part</h2>
<p>I asked him what he'd want another partner to know. He said: "You can't fix it, and trying to will wear you both out. Believe her when she tells you how she feels, and look after yourself as well, because you're no use to anyone if you're running on empty too." Then he went to make tea, which is also a love language.</p>
<p>We're not a perfect couple and this isn't a perfect system. But fourteen years in, I'd marry him again, heat wrap and all.</p>`,
    comments: [
      {
        key: 'marriage-1',
        authorName: 'Lou Carver',
        authorEmail: 'lou.carver@example.com',
        body: "My wife has fibro and I read this out loud to her over breakfast. The traffic-light idea is brilliant. I never know whether to offer help or whether offering will make her feel like I think she can't cope.",
        createdAt: '2019-02-15T07:55:00Z',
      },
      {
        key: 'marriage-2',
        replyTo: 'marriage-1',
        authorName: 'Maren Holt',
        authorEmail: 'maren@example.com',
        isPostAuthor: true,
        body: "Lou, the fact that you're asking that question at all says a lot. Daniel says the code took the guesswork out for him too. It might be worth asking your wife directly which kind of help feels good and which feels like hovering. The answer surprised us.",
        createdAt: '2019-02-15T13:20:00Z',
      },
      {
        key: 'marriage-3',
        replyTo: 'marriage-2',
        authorName: 'Lou Carver',
        authorEmail: 'lou.carver@example.com',
        body: 'We asked. Apparently I hover when I hand her things before she reaches for them. Who knew! We are starting with colours tomorrow. Thank you both.',
        createdAt: '2019-02-17T20:10:00Z',
      },
      {
        key: 'marriage-4',
        authorName: 'Jenna Park',
        authorEmail: 'jenna.park@example.com',
        body: "Redividing the chores by spoons rather than habit is going straight into our next household meeting. Happy Valentine's Day to you both.",
        createdAt: '2019-02-14T19:30:00Z',
      },
    ],
  },
  {
    title: 'Intracranial Hypertension and Fibromyalgia: Notes on an Overlap',
    slug: 'intracranial-hypertension-and-fibromyalgia',
    publishedAt: '2019-10-07T09:00:00Z',
    excerpt:
      'Some researchers have asked whether raised pressure around the brain might explain symptoms in a subset of people diagnosed with fibromyalgia. What I learned, and why it is still early days.',
    categories: ['medical-studies', 'fibromyalgia', 'migraine'],
    tags: ['brain fog', 'diagnosis', 'doctors', 'chronic fatigue'],
    bodyHtml: `<p>At my neurology appointment this summer, my doctor spent a long time looking into the backs of my eyes with a bright light. When I asked why, she explained she was checking for swelling of the optic nerve, one of the signs of raised pressure inside the skull. My eyes were fine. But it sent me off to the library, as these things always do.</p>
<h2>What intracranial hypertension is</h2>
<p>Our brain and spinal cord are cushioned by cerebrospinal fluid. In idiopathic intracranial hypertension (IIH), the pressure of that fluid is higher than it should be, and doctors can't find an obvious cause, which is what "idiopathic" means. Common symptoms include headaches, visual disturbances and a pulsing, whooshing sound in the ears. It's diagnosed with an eye examination, brain imaging and a lumbar puncture that measures the fluid pressure directly. It's most often seen in women of childbearing age.</p>
<h2>Where fibromyalgia comes in</h2>
<p>Here's the part that caught my attention. A small number of researchers have noticed that some people with fibromyalgia or chronic fatigue describe symptoms that overlap with IIH: headaches, fog, fatigue, widespread aches. They have proposed that a subset of patients might have mildly raised pressure without the obvious eye swelling that usually flags IIH, and that this could be missed.</p>
<p>It's an intriguing idea, and it fits a theme I keep running into: that "fibromyalgia" may turn out to be a label covering several different problems, like the <a href="/fibromyalgia-neurological-study">small nerve fibre research</a> I wrote about a few years ago.</p>
<h2>Why I'm cautious</h2>
<ul>
<li>The research so far involves small groups of patients, and the idea hasn't been confirmed by large studies.</li>
<li>A lumbar puncture is an invasive test with its own risks, not something to request casually.</li>
<li>Headaches and fog have many causes. Mine, in all likelihood, are my old friends migraine and fibro.</li>
</ul>
<p>What I took away was practical. My neurologist told me that new kinds of headache, changes in vision, or a whooshing sound in the ears are worth reporting promptly rather than filing under "probably the fibro." That's advice I'll pass on in her words, not mine.</p>
<p>If you've been diagnosed with both conditions, I'd be very interested to hear how the two were told apart. And if your symptoms have changed lately, please raise it with your doctor. You're allowed to ask whether something else might be going on.</p>
<p>For more on fog specifically, see <a href="/brain-activity-and-fibro-fog">what brain scans are showing about fibro fog</a>.</p>`,
  },
  {
    title: 'The Friends Who Stayed, and the New Ones I Let In',
    slug: 'friends-who-stayed',
    publishedAt: '2020-06-08T10:00:00Z',
    excerpt:
      'Chronic illness thinned out my friendships. It also, slowly, taught me how to keep the ones that mattered and make room for new people who understand.',
    categories: ['friendship', 'relationships'],
    tags: ['support', 'asking for help', 'mental health', 'communication'],
    bodyHtml: `<p>When I left the library in 2013, I lost more than a job. I lost the easy friendships of people I saw every day: lunchroom gossip, birthday cakes, the shared eye-roll at the photocopier. Over the next couple of years, invitations slowed down. I'd cancelled too many times, and people stopped asking. I don't blame them. I also don't pretend it didn't hurt.</p>
<h2>The friends who stayed</h2>
<p>A handful did stay, and when I look at what they have in common, it isn't that they were the closest or the most sympathetic. It's that they adapted without making a fuss. Ruth started bringing coffee to my house instead of meeting downtown. Anne learned to text "no need to reply" at the end of her messages. Marcus, my old colleague from the reference desk, still mails me clippings he thinks I'll like, the old-fashioned way.</p>
<p>What they didn't do was try to fix me. Nobody sent me articles about miracle diets. They just kept showing up in whatever form I could manage.</p>
<h2>What I had to learn</h2>
<p>Friendship goes both ways, and I had to learn some things too.</p>
<ul>
<li><strong>Saying what I can do, not only what I can't.</strong> "I can't come to the concert, but I'd love a phone call on Sunday" keeps the door open.</li>
<li><strong>Asking for help directly.</strong> People often wanted to help and simply didn't know how. A specific request, like "could you pick up my prescription on Thursday?", turned out to be a gift to them as well as to me.</li>
<li><strong>Asking about their lives.</strong> Illness can shrink your world until it's all symptoms. My friends have jobs, children and worries of their own, and I want to hear about them.</li>
</ul>
<h2>The new ones</h2>
<p>I never expected to make new friends in my forties, least of all online. But some of my closest friends now are people I met through this blog and the chronic illness community: people who understand a cancelled plan without an explanation, and who celebrate a shower as a win. A few of us have a video call once a month, cameras optional, pyjamas encouraged.</p>
<p>This spring, with everyone stuck at home, the rest of the world suddenly learned what many of us already knew: that connection can happen from a sofa. I hope some of that understanding lasts.</p>
<p>If you're feeling lonely right now, it's worth saying so to someone, whether a friend, a support group or your doctor. Loneliness is heavy, and it's easier to carry with company.</p>`,
    comments: [
      {
        key: 'friends-1',
        authorName: 'Carla Mendes',
        authorEmail: 'carla.mendes@example.com',
        body: "The line about cancelling too many times until people stop asking hit me hard. I lost my oldest friend that way and I still don't know how to reach out again.",
        createdAt: '2020-06-09T14:25:00Z',
      },
      {
        key: 'friends-2',
        replyTo: 'friends-1',
        authorName: 'Beth Ann Lowry',
        authorEmail: 'bethann.lowry@example.com',
        body: 'Carla, I reconnected with a friend last year with a short card that just said I missed her and no pressure to reply. She called the same week. It might be worth a try.',
        createdAt: '2020-06-12T10:05:00Z',
      },
    ],
  },
  {
    title: "Gentle Gifts for Someone Who's Always Tired",
    slug: 'gentle-gift-guide',
    publishedAt: '2021-11-22T09:00:00Z',
    excerpt: 'A short, practical gift list for a friend with chronic illness, from the things I actually use every day to the free gifts that mean the most.',
    isAffiliate: true,
    categories: ['coping', 'friendship'],
    tags: ['gifts', 'holidays', 'product review', 'chronic illness'],
    bodyHtml: `<p>Every November, someone asks me what to buy a friend or relative who lives with chronic illness. This year I finally wrote it down. Everything on the list is something I use myself or have given to a friend who asked for it. Some of the links below are affiliate links, marked as such at the top of this post.</p>
<h2>Things I use every day</h2>
<ul>
<li><strong>A long, microwavable heat wrap.</strong> Mine drapes over both shoulders and stays put while I read. I reach for it most evenings. <a href="https://example.com/shop/heat-wrap" rel="sponsored">The one I have</a>.</li>
<li><strong>An extra-long charging cable.</strong> It sounds dull, but it means the phone can reach the sofa or the bed. <a href="https://example.com/shop/long-cable" rel="sponsored">This three-metre cable</a> has survived two years and a curious cat.</li>
<li><strong>A soft, contoured eye mask.</strong> For naps, migraine days and sleeping past sunrise in summer. <a href="https://example.com/shop/eye-mask" rel="sponsored">My current favourite</a>.</li>
<li><strong>A reacher-grabber.</strong> Not romantic, but I'd hand this to anyone whose back or hands don't bend the way they used to. <a href="https://example.com/shop/reacher" rel="sponsored">The lightweight one I use</a>.</li>
</ul>
<h2>Things that make life easier</h2>
<ul>
<li><strong>An audiobook or library app membership.</strong> Many public libraries lend audiobooks for free, which I'll always champion, but a paid subscription can widen the choice.</li>
<li><strong>A meal delivery gift card</strong> from a local restaurant that delivers. One evening off cooking is worth a lot.</li>
<li><strong>Cosy socks with grips.</strong> Warm feet, and no sliding on the kitchen floor.</li>
</ul>
<h2>The gifts that cost nothing</h2>
<p>Honestly, some of the best gifts I've received came with no price tag at all:</p>
<ul>
<li>A handmade voucher for "one load of laundry, folded."</li>
<li>A standing offer to drive me to appointments, and to wait in the car park with a book.</li>
<li>A visit that lasted exactly as long as I had energy for, with no hurt feelings when I said it was time.</li>
<li>A card in the post in January, when everyone else had forgotten to check in.</li>
</ul>
<h2>A few things to avoid</h2>
<p>Please skip anything that implies the person should be trying harder to get well, such as miracle supplements, diet books they didn't ask for or gym memberships. And if you're unsure, ask. A chronically ill friend will almost always appreciate being asked more than being guessed for.</p>
<p>If you've received a gift that made a real difference, tell me in the comments. I'm always looking for ideas for next year's list.</p>`,
  },
  {
    title: 'Sunday Inspiration: Small Good Things',
    slug: 'sunday-small-good-things',
    publishedAt: '2022-05-15T13:00:00Z',
    excerpt: 'A short Sunday list of small good things from a slow week: a robin, a library hold, a good night of sleep and a friend who brought lilacs.',
    categories: ['inspiration'],
    tags: ['sunday inspiration', 'self-compassion', 'feeling better', 'sleep'],
    bodyHtml: `<p>This week was a slow one. A flare started on Tuesday and settled by Friday, which in my world counts as a short one. I spent most of it on the sofa by the window, and I promised myself that on Sunday I'd write down the good things rather than the hard ones. So here they are, small and in no particular order.</p>
<h2>This week's small good things</h2>
<ul>
<li><strong>The robin.</strong> A robin is building a nest in the honeysuckle outside the kitchen window. I've watched her bring in grass, moss and, at one point, what looked like a strand of Biscuit's fur.</li>
<li><strong>A library hold came in.</strong> Daniel picked it up on his way home, and I had a new novel on the first bad day, which felt like perfect timing.</li>
<li><strong>One full night of sleep.</strong> Thursday. Eight hours, no waking at three. I'm not sure why, and I've decided not to analyse it too closely.</li>
<li><strong>Lilacs.</strong> My friend Ruth left a jar of them on the porch with a note that said "no need to answer the door." The whole front room smelled of them for days.</li>
<li><strong>Soup in the freezer.</strong> Past Maren made a big batch of lentil soup on a good day last month. Present Maren is very grateful.</li>
<li><strong>Laughing.</strong> Daniel attempted to fold a fitted sheet and gave up halfway through, with a speech.</li>
</ul>
<h2>Why I keep these lists</h2>
<p>I don't keep them to pretend the hard things aren't there. The flare was real, and on Wednesday I cried in the bath. I keep them because chronic illness has a way of filling every corner of my attention, and writing down small good things is a way of reclaiming a few corners. It's also evidence, for the next bad week, that bad weeks contain good moments too.</p>
<p>Some weeks my list is just "the tea was hot." That counts as well.</p>
<blockquote class="pull-quote"><p>A bad week can still hold a robin, a jar of lilacs and one hot cup of tea.</p></blockquote>
<h2>Your turn</h2>
<p>What was one small good thing in your week? It doesn't have to be impressive. Leave it in the comments, and let's make a longer list together. If this week was simply too hard to find one, that's all right too. Be gentle with yourself, and I hope next week is kinder.</p>`,
  },
  {
    title: 'How I Prepare for Appointments When My Brain Is Foggy',
    slug: 'preparing-for-appointments',
    publishedAt: '2023-03-20T09:30:00Z',
    excerpt: 'Ten minutes with a doctor goes by fast, especially with fibro fog. My one-page method for remembering what matters and leaving with answers.',
    keyPoints: [
      'Write down your three most important questions, in order, before the day.',
      'Bring a short, dated summary of what has changed since your last visit.',
      'Carry an up-to-date list of every medication and supplement.',
      'Take notes during the appointment, or bring someone who can.',
    ],
    categories: ['tips-tricks', 'coping'],
    tags: ['dealing with doctors', 'brain fog', 'communication', 'doctors'],
    bodyHtml: `<p>Here's a scene you might recognise. I wait three months for an appointment, spend forty minutes in the waiting room, and then, the moment the doctor asks "so, how have things been?", my mind goes completely blank. I walk out to the car and remember all three things I meant to ask.</p>
<p>Fibro fog and a ticking clock are a bad combination. After years of this, I've settled on a simple routine. It fits on one sheet of paper, and it has changed how my appointments go.</p>
<h2>A few days before</h2>
<p>I write my <strong>three most important questions</strong> at the top of the page, in order of priority. Three, because that's realistic in a short appointment, and the order matters because the last question is the one most likely to get squeezed out.</p>
<p>Underneath, I write a <strong>short summary of what has changed</strong> since my last visit, with rough dates: "Headaches more frequent since January, about three a week," not "my head's been bad." Dates and numbers turn a vague complaint into something a doctor can work with. My pain diary makes this much quicker.</p>
<p>Then I update my <strong>medication and supplement list</strong>, with doses. I keep it on my phone, but I print a copy for the appointment because handing over paper is faster than scrolling.</p>
<h2>On the day</h2>
<ul>
<li>I hand the doctor a copy of my sheet at the start. Most have been glad of it; one even photocopied it for my file.</li>
<li>I take notes, or bring Daniel to take them. He's much better at writing down dosage instructions than I am when I'm tired.</li>
<li>If I'm given a new plan, I repeat it back in my own words to check I've understood it.</li>
<li>Before the end, I ask: "Is there anything I should watch out for, and when should I come back?"</li>
</ul>
<h2>Afterwards</h2>
<p>I rest. Appointments are expensive in spoons, and I plan nothing else that day if I can help it. The next morning, when I'm clearer, I read through my notes and add anything I've remembered.</p>
<h2>If it still goes badly</h2>
<p>Sometimes you do all this and still feel unheard. That isn't your failure. It's reasonable to send a follow-up message through the clinic, ask for a longer appointment next time, or look for a second opinion. My own path to an endometriosis diagnosis took eleven years, which I've written about in <a href="/endometriosis-diagnosis-story">Eleven Years to a Name</a>.</p>
<p>A printable outline of the one-pager is on my <a href="/toolkit">Toolkit</a> page.</p>`,
  },
  {
    title: 'Book Review: How to Be Sick by Toni Bernhard',
    slug: 'book-review-how-to-be-sick',
    publishedAt: '2024-02-05T10:00:00Z',
    excerpt: 'I first read this gentle book years ago and returned to it this winter. Why it still sits on my nightstand, and who I think it is for.',
    categories: ['inspiration'],
    tags: ['book review', 'books', 'review', 'self-compassion', 'acceptance'],
    bodyHtml: `<p>Some books you read once. Others you keep coming back to, finding something new each time because you've changed since the last reading. For me, <em>How to Be Sick</em> by Toni Bernhard is one of the second kind. I first read it years ago, a few pages at a time, and returned to it this winter during a long grey stretch. This isn't a formal review, more a librarian's note on why I keep recommending it.</p>
<h2>What the book is</h2>
<p>Toni Bernhard was a law professor who became ill on a trip to Paris in 2001 with what seemed at first like a viral infection, and she never recovered her health. The book, published in 2010, is her account of learning to live well within the limits of a chronic illness, drawing on Buddhist practice and teachings. It's written for the sick and for the people who care for them.</p>
<p>You don't need to be Buddhist, or religious at all, to get a great deal from it. I'm not, and I did.</p>
<h2>What stayed with me</h2>
<p>The biggest thing is the way Bernhard writes about the gap between the pain itself and the stories we pile on top of it: that we're failing, that it will never get better, that we should be doing more. She doesn't pretend the illness isn't hard. She just gently points out how much extra suffering comes from fighting what is already true.</p>
<p>I also appreciated how practical it is. The chapters are short, which is a kindness to foggy readers, and many end with ideas to try rather than rules to follow. Some of them I've used for years without remembering where I first met them.</p>
<h2>Who I'd give it to</h2>
<ul>
<li>Someone recently diagnosed who is grieving the life they expected.</li>
<li>A long-time spoonie who feels worn down by constantly trying to get better.</li>
<li>A partner or friend who wants to understand what life on the sofa feels like from the inside.</li>
</ul>
<h2>A small caveat</h2>
<p>On a very bad day, any book about acceptance can feel like being told to smile. If that's where you are, put it down and come back later. Bernhard, I think, would be the first to say so.</p>
<p>It's on my <a href="/reading-list">Reading List</a>, along with several others that have kept me company. Have you read it? I'd love to hear which parts stayed with you.</p>`,
  },
  {
    title: 'A Flare, a Snowstorm, and Learning to Be Kind to Myself',
    slug: 'flare-in-a-snowstorm',
    publishedAt: '2025-01-27T11:00:00Z',
    excerpt:
      'A January flare arrived with a snowstorm and stayed for two weeks. What it was like, what helped me get through, and the voice I am learning to talk back to.',
    categories: ['coping', 'fibromyalgia'],
    tags: ['flares', 'self-compassion', 'mental health', 'chronic pain', 'depression'],
    bodyHtml: `<p>The snow started on a Sunday evening, and by Monday morning the town was quiet and white and my body had decided to join in the shutdown. Cold weather and I have never got along, but this flare was the worst I've had in a couple of years: burning shoulders, heavy legs, fog thick enough to lose whole afternoons in. It lasted two weeks.</p>
<p>I'm mostly through it now, and I want to write about it while I still remember what helped.</p>
<h2>The flare itself</h2>
<p>The first three days were about getting through. Heat wrap, the softest blanket, soup from the freezer, and a standing arrangement with Daniel that he'd bring me something to eat at noon whether I asked or not. I cancelled everything, including a video call I'd been looking forward to for weeks. I didn't write. I barely read.</p>
<p>By the second week, the pain had eased a little, but my mood hadn't. That's the part I find hardest to talk about.</p>
<h2>The voice</h2>
<p>During a long flare, a familiar voice starts up in my head. It says I'm a burden, that I should have seen this coming, that other people manage and I don't. It's very persuasive at three in the afternoon when the light is going.</p>
<p>What I've slowly learned, with help from a counsellor I saw for a while a few years ago, is to talk back to it as I would to a friend. If Ruth told me she was a burden because her body was hurting, I'd never agree. I'd put the kettle on. So I try, imperfectly, to put the kettle on for myself.</p>
<blockquote class="pull-quote"><p>I am not falling behind. I am resting through weather, and both kinds of weather pass.</p></blockquote>
<h2>What helped me get through</h2>
<ul>
<li><strong>Lowering the bar, on purpose.</strong> A "productive" day became: got dressed, ate two meals, replied to one message.</li>
<li><strong>Telling someone.</strong> I told Daniel and two friends that my mood was low, not just my energy. Saying it aloud made it smaller.</li>
<li><strong>A window and a bird feeder.</strong> Watching chickadees for ten minutes did more for me than scrolling ever has.</li>
<li><strong>Checking in with my doctor.</strong> When the low mood lingered, I called. She wanted to know, and we talked through options.</li>
</ul>
<h2>If you're in one now</h2>
<p>Flares end, even when that feels impossible. If your mood has been low for a while, or you're having thoughts of harming yourself, please reach out to your doctor or someone you trust. In the US, you can call or text 988 to reach the Suicide and Crisis Lifeline at any hour. Asking for help isn't weakness; it's one more way of being kind to yourself.</p>
<p>The snow has mostly melted. The chickadees are still here. So am I.</p>`,
  },
]

// ---------------------------------------------------------------------------
// Primary menu (nesting mirrors the seed blog's menu)
// ---------------------------------------------------------------------------

export const seedPrimaryMenu: SeedMenuItem[] = [
  {
    label: 'About Maren',
    kind: 'page',
    target: 'about',
    children: [
      {
        label: "What's Helped Me Most",
        kind: 'page',
        target: 'whats-helped-me-most',
        children: [
          { label: 'ToolKit', kind: 'page', target: 'my-toolkit' },
          { label: 'Vital Plan', kind: 'page', target: 'vital-plan' },
          { label: 'Oska Pulse', kind: 'page', target: 'oska-pulse' },
        ],
      },
      { label: 'Contact Me', kind: 'page', target: 'contact' },
      { label: 'Work With Me', kind: 'page', target: 'work-with-me' },
      { label: 'Terms of Service', kind: 'page', target: 'terms-of-service' },
    ],
  },
  { label: 'Warriors', kind: 'category', target: 'warriors' },
  {
    label: 'Coping',
    kind: 'category',
    target: 'coping',
    children: [
      { label: 'Tips & Tricks', kind: 'category', target: 'tips-tricks' },
      { label: 'Inspiration', kind: 'category', target: 'inspiration' },
    ],
  },
  {
    label: 'Relationships',
    kind: 'category',
    target: 'relationships',
    children: [
      { label: 'Fibro and Marriage', kind: 'category', target: 'fibro-and-marriage' },
      { label: 'Friendship', kind: 'category', target: 'friendship' },
    ],
  },
  {
    label: 'Conditions',
    kind: 'category',
    target: 'conditions',
    children: [
      {
        label: 'Fibromyalgia',
        kind: 'category',
        target: 'fibromyalgia',
        children: [{ label: 'Fibro Warriors', kind: 'category', target: 'fibro-warriors' }],
      },
      { label: 'Migraine', kind: 'category', target: 'migraine' },
      { label: 'Endometriosis', kind: 'category', target: 'endometriosis' },
      { label: 'Medical Studies', kind: 'category', target: 'medical-studies' },
      {
        label: 'Treatment',
        kind: 'category',
        target: 'treatment',
        children: [{ label: 'Diet and Nutrition', kind: 'category', target: 'diet-and-nutrition' }],
      },
    ],
  },
  { label: 'Reading List', kind: 'page', target: 'reading-list' },
  { label: 'Toolkit', kind: 'page', target: 'toolkit' },
]
