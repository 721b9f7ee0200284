using NUnit.Framework;

namespace EmptyTests;

/// <summary>One trivial test: what `dotnet test` costs when the tests cost nothing (bench/run's floor).</summary>
[TestFixture]
public sealed class EmptyTest
{
    [Test]
    public void Nothing() => Assert.Pass();
}
